package vn.parmonitor.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Counts that the metrics show: unresolved alerts, and notifications waiting to be delivered. */
@Component
public class AlertingStatistics {

	private final MongoTemplate mongo;

	private final AlertQueries queries;

	AlertingStatistics(MongoTemplate mongo, AlertQueries queries) {
		this.mongo = mongo;
		this.queries = queries;
	}

	/** Unresolved alerts, keyed by [measured unit code, responsible unit code, severity]. */
	public Map<List<String>, Integer> openAlerts() {
		return queries.openCounts();
	}

	/** Notifications not yet delivered, by channel. */
	public Map<Channel, Long> pending() {
		Map<Channel, Long> pending = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			pending.put(channel, mongo.count(Query.query(Criteria.where("channel").is(channel)
				.and("state").ne(Notification.DeliveryState.DELIVERED)), Notification.class));
		}
		return pending;
	}

	/** How long the oldest undelivered notification has waited; zero when none waits. */
	public Duration oldestPendingAge(Instant now) {
		Notification oldest = mongo.findOne(Query.query(Criteria.where("state").ne(Notification.DeliveryState.DELIVERED))
			.with(Sort.by("createdAt")), Notification.class);
		return oldest == null ? Duration.ZERO : Duration.between(oldest.createdAt(), now);
	}

}
