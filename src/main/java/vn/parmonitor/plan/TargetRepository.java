package vn.parmonitor.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TargetRepository extends MongoRepository<Target, String> {

	List<Target> findByActiveTrueAndPlanCodeInOrderByCode(Collection<String> planCodes);

}
