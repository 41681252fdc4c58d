package vn.parmonitor.plan;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TargetRepository extends MongoRepository<Target, String> {

}
