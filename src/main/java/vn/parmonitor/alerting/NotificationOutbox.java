package vn.parmonitor.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.parmonitor.evaluation.EvaluationRun;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.store.InChunks;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Queues the notifications of a run's alert events in MongoDB: one per event and recipient, or, for units that
 * chose a digest, one per run and recipient listing all their lagging targets. Queuing is idempotent: a notification's
 * id names its event (or run) and recipient, and an id already queued is left alone.
 */
@Component
class NotificationOutbox {

	private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

	private static final int MAX_UNITS_LOGGED = 20;

	private final MongoTemplate mongo;

	private final ContactService contacts;

	private final UnitService units;

	private final TargetService targetService;

	private final NotificationMessages messages;

	private final Clock clock;

	private final Counter unroutable;

	NotificationOutbox(MongoTemplate mongo, ContactService contacts, UnitService units, TargetService targetService,
			NotificationMessages messages, MeterRegistry meters, Optional<Clock> clock) {
		this.mongo = mongo;
		this.contacts = contacts;
		this.units = units;
		this.targetService = targetService;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
		// No unit label: the units concerned are in the log and in the API (alerts without notifications); the
		// counter only has to say that it happens (alert ParAlertsUnroutable).
		this.unroutable = Counter.builder("par.notifications.unroutable")
			.description("Alert events that reached no one: neither the unit nor any unit above it has contacts")
			.register(meters);
	}

	/**
	 * Queues the notifications of one batch's alert events for the units that take them one by one, now, and notes
	 * for the run's end the alerts of the units that take a digest, by id. So a run holds the notifications of one
	 * batch at a time, not those of every alert it changed (a national first run opens about 28,000).
	 */
	void queueBatch(EvaluationRun run, List<Alert> changed, Map<String, Target> targets, RunQueue queue) {
		List<Alert> notifying = changed.stream().filter(alert -> alert.lastEvent().type().notifies()).toList();
		if (notifying.isEmpty()) {
			return;
		}
		queue.events += notifying.size();
		Set<String> unitCodes = new HashSet<>();
		notifying.forEach(alert -> unitCodes.add(alert.unitCode()));
		Map<String, UnitContacts> recipients = contacts.recipients(unitCodes);
		Map<String, Unit> unitsByCode = units.findAll(unitCodes);
		List<Notification> queued = new ArrayList<>();
		for (Alert alert : notifying) {
			UnitContacts to = recipients.get(alert.unitCode());
			if (to == null) {
				queue.unroutable++;
				queue.unroutableUnits.add(alert.unitCode());
				continue;
			}
			if (to.digest()) {
				// Keyed by the unit whose contacts receive the digest (the unit itself or the unit above that covers it):
				// a province that covers its communes gets one message per run, not one per commune.
				queue.digestAlertIds.computeIfAbsent(to.unitCode(), receiver -> new LinkedHashSet<>()).add(alert.id());
				continue;
			}
			AlertEvent event = alert.lastEvent();
			for (UnitContacts.Recipient recipient : to.recipients()) {
				String id = alert.id() + "#" + event.seq() + ":" + recipient.channel() + ":" + recipient.address();
				queued.add(notification(id, alert.id(), event.seq(), event.type(), run.id(), alert.unitCode(), recipient,
						messages.event(alert, event, targets.get(alert.targetCode()), unitsByCode.get(alert.unitCode()), id)));
			}
		}
		queue.queued += store(queued);
	}

	/**
	 * Once every batch of a run is stored: queues one digest per unit that takes them (its changed alerts read again
	 * by id, one unit at a time), warns once about the events that reached no one, and returns how many notifications
	 * the run queued in all.
	 */
	int finish(EvaluationRun run, RunQueue queue) {
		if (!queue.digestAlertIds.isEmpty()) {
			Map<String, UnitContacts> receivers = contacts.find(queue.digestAlertIds.keySet());
			Map<String, Unit> receiverUnits = units.findAll(queue.digestAlertIds.keySet());
			queue.digestAlertIds.forEach((receiver, alertIds) -> {
				UnitContacts to = receivers.get(receiver);
				Unit unit = receiverUnits.get(receiver);
				if (to == null || unit == null) {
					return; // its contacts or the unit were removed while the run worked: nothing to send to
				}
				List<Alert> changedForIt = InChunks.find(mongo, "_id", alertIds, Alert.class);
				Map<String, Target> targets = targetService
					.findTargets(changedForIt.stream().map(Alert::targetCode).collect(Collectors.toSet()));
				queue.queued += store(digest(run, unit, to, changedForIt, targets));
			});
		}
		reportUnroutable(run, queue);
		return queue.queued;
	}

	/** What a run has queued so far, and what waits for its end. */
	static final class RunQueue {

		/** Alert events that call for a notification. */
		int events;

		/** Notifications newly queued. */
		int queued;

		/** The changed alerts of each unit that receives a digest, by id. */
		final Map<String, Set<String>> digestAlertIds = new LinkedHashMap<>();

		/** Alert events that reached no one, and their units. */
		int unroutable;

		final Set<String> unroutableUnits = new TreeSet<>();

	}

	/**
	 * Inserts the notifications one by one and returns how many were new. One already queued (by another replica, or
	 * an earlier attempt of this run) fails on its id alone and is sent once. Not one bulk write: the embedded store
	 * accepts an unordered one but reports duplicates as inserted, and two replicas inserting the same batch at once
	 * with an ordered one both counted all of it (measured by AlertDeliveryTest's race, which this passes).
	 */
	int store(List<Notification> queued) {
		int stored = 0;
		for (Notification notification : queued) {
			try {
				mongo.insert(notification);
				stored++;
			}
			catch (DuplicateKeyException alreadyQueued) {
				// Sent once: the copy already queued is the one delivered.
			}
		}
		return stored;
	}

	/** One warning per run, not one per alert: a province without contacts may open hundreds at once. */
	private void reportUnroutable(EvaluationRun run, RunQueue queue) {
		if (queue.unroutable == 0) {
			return;
		}
		unroutable.increment(queue.unroutable);
		List<String> unitCodes = List.copyOf(queue.unroutableUnits);
		log.warn("Run {}: {} alert events of {} units reached no one, because neither the unit nor any unit above it "
				+ "has contacts (setUnitContacts); units: {}", run.id(), queue.unroutable, unitCodes.size(),
				unitCodes.size() <= MAX_UNITS_LOGGED ? unitCodes
						: unitCodes.subList(0, MAX_UNITS_LOGGED) + " and " + (unitCodes.size() - MAX_UNITS_LOGGED) + " more");
	}

	/**
	 * The digest of the unit whose contacts receive it: every open alert of that unit and of the units below it (what
	 * it covers, and an overview of the units that have contacts of their own), and what changed in this run.
	 */
	private List<Notification> digest(EvaluationRun run, Unit unit, UnitContacts to, List<Alert> changed,
			Map<String, Target> targets) {
		List<Alert> lagging = mongo.find(Query
			.query(Criteria.where("unitCode").in(units.selfAndDescendantCodes(unit.key())).and("openKey").exists(true))
			.with(Sort.by("unitCode", "targetCode")), Alert.class);
		Map<String, Target> named = new HashMap<>(targets);
		named.putAll(targetService.findTargets(lagging.stream()
			.map(Alert::targetCode)
			.filter(code -> !targets.containsKey(code))
			.collect(Collectors.toSet())));
		List<Notification> digest = new ArrayList<>();
		for (UnitContacts.Recipient recipient : to.recipients()) {
			String id = "digest:" + run.id() + ":" + unit.key() + ":" + recipient.channel() + ":" + recipient.address();
			digest.add(notification(id, null, null, null, run.id(), unit.key(), recipient,
					messages.digest(run.id(), run.asOf(), unit, lagging, changed, named, id)));
		}
		return digest;
	}

	Notification notification(String id, String alertId, Integer seq, AlertEventType type, String runId,
			String unitCode, UnitContacts.Recipient recipient, NotificationMessages.Message message) {
		Instant now = Instant.now(clock);
		return new Notification(id, alertId, seq, type, runId, unitCode, recipient.channel(), recipient.address(),
				message.subject(), message.body(), message.json(), Notification.DeliveryState.PENDING, 0, now, now, null,
				null, null, null, null);
	}

}
