package vn.parmonitor.unit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitRepository extends MongoRepository<Unit, String> {

	List<Unit> findByParentCodeInOrderByKey(Collection<String> parentCodes);

	List<Unit> findByParentCodeInAndKindOrderByKey(Collection<String> parentCodes, UnitKind kind);

	List<Unit> findBySuccessorCodesInOrderByKey(Collection<String> successorCodes);

}
