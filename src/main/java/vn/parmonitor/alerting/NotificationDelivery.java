package vn.parmonitor.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.lease.InstanceId;

/**
 * Delivers queued notifications. Each is first claimed with one atomic find-and-modify (PENDING and due, or
 * DELIVERING with an expired claim → DELIVERING by us), so no two replicas send the same one; then sent; then marked
 * DELIVERED, or put back PENDING with a doubling delay. Only a crash between a receiver's answer and the mark can
 * repeat a send, after the claim expires; webhooks carry an idempotency key for that case.
 */
@Component
class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private final MongoTemplate mongo;

	private final Map<Channel, NotificationSender> senders;

	private final NotificationProperties properties;

	private final InstanceId instance;

	private final MeterRegistry meters;

	private final Clock clock;

	NotificationDelivery(MongoTemplate mongo, List<NotificationSender> senders, NotificationProperties properties,
			InstanceId instance, MeterRegistry meters, Optional<Clock> clock) {
		this.mongo = mongo;
		this.senders = senders.stream().collect(Collectors.toMap(NotificationSender::channel, Function.identity()));
		this.properties = properties;
		this.instance = instance;
		this.meters = meters;
		this.clock = clock.orElse(Clock.systemUTC());
		// Register the counters up front: a series that exists at 0 lets rate() and dashboards show "nothing failed"
		// instead of "no data".
		for (Channel channel : Channel.values()) {
			delivered(channel);
			failed(channel);
		}
	}

	private Counter delivered(Channel channel) {
		return Counter.builder("par.notifications.delivered")
			.description("Notifications accepted by their receiver")
			.tag("channel", channel.name().toLowerCase())
			.register(meters);
	}

	private Counter failed(Channel channel) {
		return Counter.builder("par.notifications.failed")
			.description("Delivery attempts that failed (each is retried later)")
			.tag("channel", channel.name().toLowerCase())
			.register(meters);
	}

	/** Sends what is due, at most one batch; returns how many were delivered. */
	int deliverDue() {
		List<Channel> available = senders.values().stream().filter(NotificationSender::available)
			.map(NotificationSender::channel).toList();
		int delivered = 0;
		for (int i = 0; i < properties.batchSize(); i++) {
			Notification notification = claim(available);
			if (notification == null) {
				break;
			}
			if (send(notification)) {
				delivered++;
			}
		}
		return delivered;
	}

	private Notification claim(List<Channel> channels) {
		if (channels.isEmpty()) {
			return null;
		}
		Instant now = Instant.now(clock);
		Query due = Query.query(new Criteria().andOperator(Criteria.where("channel").in(channels),
				new Criteria().orOperator(
						Criteria.where("state").is(Notification.DeliveryState.PENDING).and("nextAttemptAt").lte(now),
						Criteria.where("state").is(Notification.DeliveryState.DELIVERING).and("claimedUntil").lte(now))))
			.with(Sort.by("nextAttemptAt"));
		Update claim = new Update().set("state", Notification.DeliveryState.DELIVERING)
			.set("claimedBy", instance.value())
			.set("claimedUntil", now.plus(properties.claimTimeout()))
			.set("lastAttemptAt", now)
			.inc("attempts", 1);
		return mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Notification.class);
	}

	private boolean send(Notification notification) {
		Query mine = Query.query(Criteria.where("_id").is(notification.id()).and("claimedBy").is(instance.value())
			.and("state").is(Notification.DeliveryState.DELIVERING));
		try {
			senders.get(notification.channel()).send(notification);
		}
		catch (Exception ex) {
			Instant next = Instant.now(clock).plus(properties.retryDelay(notification.attempts()));
			String error = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
			mongo.updateFirst(mine, new Update().set("state", Notification.DeliveryState.PENDING)
				.set("nextAttemptAt", next)
				.set("lastError", error)
				.unset("claimedBy")
				.unset("claimedUntil"), Notification.class);
			failed(notification.channel()).increment();
			log.warn("Notification {} to {} failed (attempt {}), next attempt at {}: {}", notification.id(),
					notification.recipient(), notification.attempts(), next, error);
			return false;
		}
		mongo.updateFirst(mine, new Update().set("state", Notification.DeliveryState.DELIVERED)
			.set("deliveredAt", Instant.now(clock))
			.unset("lastError")
			.unset("claimedBy")
			.unset("claimedUntil"), Notification.class);
		delivered(notification.channel()).increment();
		return true;
	}

}
