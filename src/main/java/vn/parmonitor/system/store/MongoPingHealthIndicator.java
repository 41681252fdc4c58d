package vn.parmonitor.system.store;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reports the store UP when it answers {@code {ping: 1}}.
 *
 * <p>Replaces Boot's MongoDB health indicator (same bean name), which sends {@code hello}: the embedded
 * mongo-java-server rejects that command, so Boot's check would report DOWN although the store works. {@code ping}
 * is answered by every MongoDB and by the embedded server alike.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private static final Document PING = new Document("ping", 1);

	private final MongoTemplate mongoTemplate;

	MongoPingHealthIndicator(MongoTemplate mongoTemplate) {
		super("MongoDB ping failed");
		this.mongoTemplate = mongoTemplate;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		mongoTemplate.executeCommand(PING);
		builder.up().withDetail("database", mongoTemplate.getDb().getName());
	}

}
