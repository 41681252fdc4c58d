package vn.parmonitor.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Alert events as a stream, for subscriptions. It reads them from MongoDB (alerts changed since the last look) rather
 * than from this replica's memory, so a subscriber connected to one replica also sees the events another replica's
 * evaluation caused. One poll serves every subscriber, and polling runs only while someone subscribes.
 */
@Component
class AlertFeed {

	private final Flux<AlertEventNotice> feed;

	/** Streams open now: {@code par_alert_subscriptions}. */
	private final AtomicInteger subscriptions = new AtomicInteger();

	AlertFeed(MongoTemplate mongo, @Value("${par.alerts.feed-interval:PT2S}") Duration interval, MeterRegistry registry) {
		Gauge.builder("par.alert.subscriptions", subscriptions, AtomicInteger::get)
			.description("GraphQL subscriptions to alert events open on this replica")
			.register(registry);
		this.feed = Flux.defer(() -> {
			AtomicReference<Instant> cursor = new AtomicReference<>(Instant.now());
			return Flux.interval(interval)
				.onBackpressureDrop()
				.concatMap(tick -> Flux.fromIterable(poll(mongo, cursor)).subscribeOn(Schedulers.boundedElastic()));
		}).share();
	}

	/**
	 * The events of the given units' alerts from now on. A subscription counts as open once the feed has taken its
	 * starting point, so an event after {@link #openSubscriptions()} went up is never missed.
	 */
	Flux<AlertEventNotice> events(Collection<String> unitCodes) {
		Set<String> units = Set.copyOf(unitCodes);
		return feed.filter(notice -> units.contains(notice.alert().unitCode()))
			.doOnSubscribe(subscription -> subscriptions.incrementAndGet())
			.doFinally(signal -> subscriptions.decrementAndGet());
	}

	/** How many alert streams are open on this replica. */
	int openSubscriptions() {
		return subscriptions.get();
	}

	private static List<AlertEventNotice> poll(MongoTemplate mongo, AtomicReference<Instant> cursor) {
		Instant since = cursor.get();
		List<Alert> changed = mongo.find(Query.query(Criteria.where("updatedAt").gt(since))
			.with(Sort.by("updatedAt")), Alert.class);
		List<AlertEventNotice> notices = new ArrayList<>();
		for (Alert alert : changed) {
			alert.events().stream().filter(event -> event.at().isAfter(since))
				.forEach(event -> notices.add(new AlertEventNotice(alert, event)));
			if (alert.updatedAt().isAfter(cursor.get())) {
				cursor.set(alert.updatedAt());
			}
		}
		return notices;
	}

	/** GraphQL {@code AlertEventNotice}. */
	record AlertEventNotice(Alert alert, AlertEvent event) {
	}

}
