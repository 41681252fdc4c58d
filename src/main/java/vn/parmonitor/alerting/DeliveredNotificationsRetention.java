package vn.parmonitor.alerting;

import java.time.Instant;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.retention.RetentionProperties;
import vn.parmonitor.system.retention.RetentionTask;

/**
 * Drops delivered notifications after {@code par.retention.delivered-notifications-for} (90 days); pending and
 * failing ones stay until they are delivered. On a real MongoDB a TTL index on {@code deliveredAt} (partial: delivered
 * ones only) does it continuously; the daily task does it on the embedded store, which has no TTL indexes.
 */
@Component
class DeliveredNotificationsRetention implements RetentionTask {

	private static final Logger log = LoggerFactory.getLogger(DeliveredNotificationsRetention.class);

	private static final String TTL_INDEX_PREFIX = "delivered_ttl_";

	private final MongoTemplate mongo;

	private final RetentionProperties properties;

	private final boolean embeddedStore;

	DeliveredNotificationsRetention(MongoTemplate mongo, RetentionProperties properties,
			ObjectProvider<MongoServer> embeddedStore) {
		this.mongo = mongo;
		this.properties = properties;
		this.embeddedStore = embeddedStore.getIfAvailable() != null;
	}

	@Override
	public String name() {
		return "notifications delivered more than " + properties.deliveredNotificationsFor() + " ago";
	}

	@Override
	public long apply(Instant now) {
		return mongo.remove(Query.query(Criteria.where("state").is(Notification.DeliveryState.DELIVERED)
			.and("deliveredAt").lt(now.minus(properties.deliveredNotificationsFor()))), Notification.class).getDeletedCount();
	}

	/** The TTL index for the configured time (named by it, so that a changed time replaces the old index). */
	@EventListener(ApplicationReadyEvent.class)
	void ensureTtlIndex() {
		if (embeddedStore) {
			return;
		}
		String name = TTL_INDEX_PREFIX + properties.deliveredNotificationsFor().toSeconds() + "s";
		try {
			IndexOperations indexes = mongo.indexOps(Notification.class);
			for (IndexInfo index : indexes.getIndexInfo()) {
				if (index.getName().startsWith(TTL_INDEX_PREFIX) && !index.getName().equals(name)) {
					indexes.dropIndex(index.getName());
				}
			}
			indexes.createIndex(new Index().on("deliveredAt", Sort.Direction.ASC)
				.named(name)
				.expire(properties.deliveredNotificationsFor())
				.partial(PartialIndexFilter.of(Criteria.where("state").is(Notification.DeliveryState.DELIVERED.name()))));
			log.info("Delivered notifications expire after {} (TTL index {})", properties.deliveredNotificationsFor(), name);
		}
		catch (RuntimeException ex) {
			// A MongoDB-wire server without TTL indexes: the daily task still drops them.
			log.warn("No TTL index for delivered notifications ({}); the daily retention task drops them", ex.toString());
		}
	}

}
