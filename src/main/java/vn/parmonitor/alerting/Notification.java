package vn.parmonitor.alerting;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * One message to one recipient, queued in MongoDB (the outbox) when an alert event happens and delivered by the
 * delivery job. Its id is derived from the event and the recipient, so queuing the same event twice (two replicas,
 * a retried run) stores it once; it is also the webhook's idempotency key.
 *
 * @param id {@code <alert>#<event seq>:<channel>:<recipient>}, or {@code digest:<run>:<unit>:<channel>:<recipient>}
 * @param json the webhook body
 * @param claimedUntil while DELIVERING, until when the claiming replica owns it (a crashed replica's claim expires)
 */
@Document("notifications")
@CompoundIndex(name = "due", def = "{'state': 1, 'channel': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "unit_created", def = "{'unitCode': 1, 'createdAt': -1}")
@CompoundIndex(name = "alert", def = "{'alertId': 1}")
public record Notification(@Id String id, String alertId, Integer eventSeq, AlertEventType eventType, String runId,
		String unitCode, Channel channel, String recipient, String subject, String body, String json,
		DeliveryState state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
		String lastError, Instant deliveredAt, String claimedBy, Instant claimedUntil) implements NodeObject {

	@Override
	public String nodeType() {
		return "Notification";
	}

	@Override
	public String nodeKey() {
		return id;
	}

	/** Where a notification is. */
	public enum DeliveryState {

		/** Waiting for its first or next attempt. */
		PENDING,
		/** Claimed by a replica that is sending it. */
		DELIVERING,
		/** Accepted by the receiver. */
		DELIVERED

	}

}
