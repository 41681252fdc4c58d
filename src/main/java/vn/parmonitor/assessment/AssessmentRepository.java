package vn.parmonitor.assessment;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AssessmentRepository extends MongoRepository<Assessment, String> {

	long countByMethodologyCode(String methodologyCode);

}
