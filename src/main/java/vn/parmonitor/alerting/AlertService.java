package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.evaluation.EvaluationCompleted;
import vn.parmonitor.evaluation.EvaluationRun;
import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.evaluation.TargetsEvaluated;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.plan.Target;
import vn.parmonitor.system.store.InChunks;

/**
 * Keeps alerts in step with evaluations ({@link AlertLifecycle}) and queues their notifications. Safe with several
 * replicas: the unique open key stops a second open alert per target, the version stops a change being applied twice,
 * and a lost race is retried on the fresh alert, where it usually turns out to be no change at all.
 */
@Service
public class AlertService {

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(AlertService.class);

	private final MongoTemplate mongo;

	private final NotificationOutbox outbox;

	private final AuditTrail audit;

	private final Clock clock;

	/** The runs under way: what each has queued so far, and the digests that wait for its end. */
	private final Map<String, NotificationOutbox.RunQueue> queuesOfRuns = new ConcurrentHashMap<>();

	AlertService(MongoTemplate mongo, NotificationOutbox outbox, AuditTrail audit, Optional<Clock> clock) {
		this.audit = audit;
		this.mongo = mongo;
		this.outbox = outbox;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener
	@Order(0)
	public void onTargetsEvaluated(TargetsEvaluated event) {
		List<TargetEvaluation> evaluations = event.evaluations();
		if (evaluations.isEmpty()) {
			return;
		}
		List<String> codes = evaluations.stream().map(TargetEvaluation::targetCode).toList();
		Map<String, Target> targetsByCode = new HashMap<>();
		event.targets().forEach(target -> targetsByCode.put(target.code(), target));
		Map<String, Alert> open = new HashMap<>();
		InChunks.find(mongo, "openKey", codes, Alert.class).forEach(alert -> open.put(alert.targetCode(), alert));
		List<Alert> changed = new ArrayList<>();
		List<TargetEvaluation> opening = new ArrayList<>();
		List<TargetEvaluation> refreshing = new ArrayList<>();
		for (TargetEvaluation evaluation : evaluations) {
			Alert current = open.get(evaluation.targetCode());
			switch (AlertLifecycle.decide(current, evaluation)) {
				case NONE -> { }
				case OPEN -> opening.add(evaluation);
				case REFRESH -> refreshing.add(evaluation);
				default -> {
					Alert after = apply(event.run(), evaluation, current);
					if (after != null) {
						changed.add(after);
					}
				}
			}
		}
		changed.addAll(openAll(event.run(), opening));
		refreshAll(event.run(), refreshing, open);
		if (!changed.isEmpty()) {
			outbox.queueBatch(event.run(), changed, targetsByCode,
					queuesOfRuns.computeIfAbsent(event.run().id(), id -> new NotificationOutbox.RunQueue()));
		}
	}

	/**
	 * Once every batch of a run is stored: queues its digests, so that a unit that receives one gets one per run
	 * whatever the batches were (the notifications of single events went out with their batch).
	 */
	@EventListener
	@Order(0)
	public void onEvaluationCompleted(EvaluationCompleted event) {
		NotificationOutbox.RunQueue queue = queuesOfRuns.remove(event.run().id());
		if (queue == null || !event.succeeded()) {
			return;
		}
		int queued = outbox.finish(event.run(), queue);
		log.info("Run {}: {} alert events, {} notifications queued", event.run().id(), queue.events, queued);
	}

	/**
	 * Opens the alerts of a run in one insert. Should another replica have opened one of them meanwhile (the insert
	 * stops at its duplicate key), each not yet stored is applied one by one, against what is stored now.
	 */
	private List<Alert> openAll(EvaluationRun run, List<TargetEvaluation> evaluations) {
		if (evaluations.isEmpty()) {
			return List.of();
		}
		List<Alert> alerts = evaluations.stream().map(evaluation -> opened(run, evaluation)).toList();
		try {
			return new ArrayList<>(mongo.insertAll(alerts));
		}
		catch (DuplicateKeyException raced) {
			Map<String, Alert> stored = new HashMap<>();
			InChunks.find(mongo, "_id", alerts.stream().map(Alert::id).toList(), Alert.class)
				.forEach(alert -> stored.put(alert.id(), alert));
			List<Alert> opened = new ArrayList<>();
			for (int i = 0; i < alerts.size(); i++) {
				if (stored.containsKey(alerts.get(i).id())) {
					opened.add(stored.get(alerts.get(i).id())); // opened by this run before the insert stopped
					continue;
				}
				Alert after = apply(run, evaluations.get(i), mongo.findOne(
						Query.query(Criteria.where("openKey").is(evaluations.get(i).targetCode())), Alert.class));
				if (after != null) {
					opened.add(after);
				}
			}
			return opened;
		}
	}

	/**
	 * Refreshes the figures of the alerts that stay as they are, in one bulk request of version-checked updates; an
	 * alert another replica changed meanwhile (its version moved) is applied again on its own. No event, no
	 * notification.
	 */
	private void refreshAll(EvaluationRun run, List<TargetEvaluation> evaluations, Map<String, Alert> open) {
		if (evaluations.isEmpty()) {
			return;
		}
		var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Alert.class);
		for (TargetEvaluation evaluation : evaluations) {
			Alert alert = open.get(evaluation.targetCode());
			Alert refreshed = refreshed(alert, evaluation);
			bulk.updateOne(Query.query(Criteria.where("_id").is(alert.id()).and("version").is(alert.version())),
					new Update().set("lastStatus", refreshed.lastStatus())
						.set("lastEvaluationId", refreshed.lastEvaluationId())
						.set("targetValue", refreshed.targetValue())
						.set("actual", refreshed.actual())
						.set("expected", refreshed.expected())
						.set("projected", refreshed.projected())
						.set("gap", refreshed.gap())
						.set("summary", refreshed.summary())
						.inc("version", 1));
		}
		if (bulk.execute().getMatchedCount() == evaluations.size()) {
			return;
		}
		Map<String, Alert> now = new HashMap<>();
		InChunks.find(mongo, "_id", evaluations.stream().map(evaluation -> open.get(evaluation.targetCode()).id()).toList(),
				Alert.class).forEach(alert -> now.put(alert.targetCode(), alert));
		for (TargetEvaluation evaluation : evaluations) {
			Alert stored = now.get(evaluation.targetCode());
			if (stored == null || !evaluation.id().equals(stored.lastEvaluationId())) {
				apply(run, evaluation, mongo.findOne(Query.query(Criteria.where("openKey").is(evaluation.targetCode())),
						Alert.class));
			}
		}
	}

	/** Applies one evaluation; returns the alert when an event was added to its history. */
	private Alert apply(EvaluationRun run, TargetEvaluation evaluation, Alert open) {
		Alert current = open;
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			AlertLifecycle.Change change = AlertLifecycle.decide(current, evaluation);
			try {
				return switch (change) {
					case NONE -> null;
					case OPEN -> mongo.insert(opened(run, evaluation));
					case REFRESH -> {
						mongo.save(refreshed(current, evaluation));
						yield null;
					}
					case ESCALATE, DEESCALATE, RESOLVE -> mongo.save(changed(current, change, run, evaluation));
				};
			}
			catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
				current = mongo.findOne(Query.query(Criteria.where("openKey").is(evaluation.targetCode())), Alert.class);
			}
		}
		throw new IllegalStateException("Alert of target " + evaluation.targetCode() + " kept changing under run "
				+ run.id() + "; gave up after " + MAX_ATTEMPTS + " attempts");
	}

	private Alert opened(EvaluationRun run, TargetEvaluation evaluation) {
		Instant now = Instant.now(clock);
		AlertSeverity severity = AlertSeverity.of(evaluation.status());
		AlertEvent event = event(1, AlertEventType.OPENED, now, run.id(), severity, evaluation, null, null);
		return new Alert("alert:" + evaluation.targetCode() + ":" + run.id(), evaluation.targetCode(),
				evaluation.planCode(), evaluation.responsibleUnitCode(), evaluation.subjectUnitCode(),
				evaluation.targetCode(), severity, AlertState.OPEN, evaluation.status(), evaluation.id(),
				evaluation.targetValue(), evaluation.actual(), evaluation.expected(), evaluation.projected(),
				evaluation.gap(), evaluation.explanation(), now, now, null, null, null, List.of(event), null, null);
	}

	private Alert refreshed(Alert alert, TargetEvaluation evaluation) {
		return new Alert(alert.id(), alert.targetCode(), alert.planCode(), alert.unitCode(), alert.subjectUnitCode(),
				alert.openKey(), alert.severity(), alert.state(), evaluation.status(), evaluation.id(), evaluation.targetValue(),
				valueOr(evaluation.actual(), alert.actual()), evaluation.expected(),
				valueOr(evaluation.projected(), alert.projected()), valueOr(evaluation.gap(), alert.gap()),
				evaluation.explanation(), alert.openedAt(), alert.updatedAt(), alert.resolvedAt(), alert.acknowledgedAt(),
				alert.acknowledgedBy(), alert.events(), alert.version(), alert.lastChangeId());
	}

	private Alert changed(Alert alert, AlertLifecycle.Change change, EvaluationRun run, TargetEvaluation evaluation) {
		Instant now = Instant.now(clock);
		boolean resolve = change == AlertLifecycle.Change.RESOLVE;
		AlertSeverity severity = resolve ? alert.severity() : AlertSeverity.of(evaluation.status());
		AlertEventType type = switch (change) {
			case ESCALATE -> AlertEventType.ESCALATED;
			case DEESCALATE -> AlertEventType.DEESCALATED;
			default -> AlertEventType.RESOLVED;
		};
		// An escalation needs a fresh acknowledgement; a de-escalation keeps it.
		AlertState state = resolve ? AlertState.RESOLVED
				: change == AlertLifecycle.Change.ESCALATE ? AlertState.OPEN : alert.state();
		AlertEvent event = event(alert.nextSeq(), type, now, run.id(), severity, evaluation, null, null);
		return new Alert(alert.id(), alert.targetCode(), alert.planCode(), alert.unitCode(), alert.subjectUnitCode(),
				resolve ? null : alert.openKey(), severity, state, evaluation.status(), evaluation.id(),
				evaluation.targetValue(), evaluation.actual(), evaluation.expected(), evaluation.projected(),
				evaluation.gap(), evaluation.explanation(), alert.openedAt(), now, resolve ? now : null,
				state == AlertState.OPEN ? null : alert.acknowledgedAt(),
				state == AlertState.OPEN ? null : alert.acknowledgedBy(), alert.eventsWith(event), alert.version(),
				alert.lastChangeId());
	}

	/**
	 * The unit acknowledges its alert: it has seen it and acts. Only an OPEN alert can be acknowledged; the caller's
	 * scope has been checked by the controller.
	 */
	public AcknowledgeResult acknowledge(String alertId, String by, String note) {
		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			Alert alert = mongo.findById(alertId, Alert.class);
			if (alert == null) {
				return AcknowledgeResult.error(UserError.of(UserErrorCode.NOT_FOUND, "alert " + alertId
						+ " does not exist", "input", "alertKey"));
			}
			if (alert.state() != AlertState.OPEN) {
				return AcknowledgeResult.error(UserError.of(UserErrorCode.CONFLICT, "alert " + alertId + " is "
						+ alert.state() + (alert.state() == AlertState.ACKNOWLEDGED ? " (by " + alert.acknowledgedBy() + ")" : "")
						+ "; only an OPEN alert can be acknowledged", "input", "alertKey"));
			}
			Instant now = Instant.now(clock);
			AlertEvent event = new AlertEvent(alert.nextSeq(), AlertEventType.ACKNOWLEDGED, now, null, alert.severity(),
					alert.lastStatus(), alert.actual(), alert.expected(), alert.projected(), by,
					note == null || note.isBlank() ? null : note.strip());
			Alert acknowledged = new Alert(alert.id(), alert.targetCode(), alert.planCode(), alert.unitCode(),
					alert.subjectUnitCode(), alert.openKey(), alert.severity(), AlertState.ACKNOWLEDGED, alert.lastStatus(),
					alert.lastEvaluationId(), alert.targetValue(), alert.actual(), alert.expected(), alert.projected(),
					alert.gap(), alert.summary(), alert.openedAt(), now, null, now, by, alert.eventsWith(event),
					alert.version(), alert.lastChangeId());
			AuditDraft draft = audit.draft(AuditedEntity.ALERT, alert.id(), alert, acknowledged, "ALERT_ACKNOWLEDGED",
					"ALERT_ACKNOWLEDGED", alert.unitCode(), null, Set.of("updatedAt", "events"));
			AuditDraft withNote = new AuditDraft(draft.action(), draft.entityType(), draft.entityId(), draft.unitCode(),
					draft.year(), draft.methodologyCode(), draft.changes(), event.note(), alert.lastChangeId());
			try {
				return audit.write(withNote, changeId -> new AcknowledgeResult(
						mongo.save(acknowledged.withLastChangeId(changeId)), List.of()));
			}
			catch (OptimisticLockingFailureException raced) {
				// An evaluation changed the alert meanwhile: look again.
			}
		}
		throw new IllegalStateException("Alert " + alertId + " kept changing; gave up acknowledging it");
	}

	public Optional<Alert> find(String alertId) {
		return Optional.ofNullable(mongo.findById(alertId, Alert.class));
	}

	public Map<String, Alert> findAll(java.util.Collection<String> alertIds) {
		Map<String, Alert> found = new HashMap<>();
		InChunks.find(mongo, "_id", alertIds, Alert.class).forEach(a -> found.put(a.id(), a));
		return found;
	}

	private static AlertEvent event(int seq, AlertEventType type, Instant at, String runId, AlertSeverity severity,
			TargetEvaluation evaluation, String by, String note) {
		return new AlertEvent(seq, type, at, runId, severity, evaluation.status(), evaluation.actual(),
				evaluation.expected(), evaluation.projected(), by, note);
	}

	private static BigDecimal valueOr(BigDecimal value, BigDecimal fallback) {
		return value != null ? value : fallback;
	}

	/** The acknowledged alert, or why it could not be acknowledged. */
	public record AcknowledgeResult(Alert alert, List<UserError> userErrors) {

		static AcknowledgeResult error(UserError error) {
			return new AcknowledgeResult(null, List.of(error));
		}

	}

}
