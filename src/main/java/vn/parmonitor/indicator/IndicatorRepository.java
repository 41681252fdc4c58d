package vn.parmonitor.indicator;

import org.springframework.data.mongodb.repository.MongoRepository;

interface IndicatorRepository extends MongoRepository<Indicator, String> {
}
