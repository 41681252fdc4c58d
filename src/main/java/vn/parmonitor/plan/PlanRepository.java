package vn.parmonitor.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanRepository extends MongoRepository<Plan, String> {
}
