package vn.parmonitor.unit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitRepository extends MongoRepository<Unit, String> {

	List<Unit> findByParentCodeInOrderByCode(Collection<String> parentCodes);

	List<Unit> findByParentCodeInAndKindOrderByCode(Collection<String> parentCodes, UnitKind kind);

	List<Unit> findBySuccessorCodeInOrderByCode(Collection<String> successorCodes);

}
