package vn.parmonitor.methodology;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface MethodologyRepository extends MongoRepository<Methodology, String> {

	List<Methodology> findByFamilyInAndYearLessThanEqual(Collection<String> families, int year);

}
