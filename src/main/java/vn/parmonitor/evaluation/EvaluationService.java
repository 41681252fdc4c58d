package vn.parmonitor.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.lease.InstanceId;
import vn.parmonitor.system.lease.Leases;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;

/**
 * Evaluates every active target at one time and keeps the results. One replica at a time (a lease in MongoDB);
 * a scheduled slot runs once whichever replica claims it first. Listeners of {@link TargetsEvaluated} (alerts,
 * metrics) run before the run is reported finished.
 */
@Service
public class EvaluationService {

	/** The lease a replica holds while it evaluates. */
	public static final String LEASE = "target-evaluation";

	private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

	private final TargetService targets;

	private final MeasurementReader measurements;

	private final MongoTemplate mongo;

	private final Leases leases;

	private final InstanceId instance;

	private final ApplicationEventPublisher events;

	private final EvaluationProperties properties;

	private final EvaluationMetrics metrics;

	private final ProgressRules rules;

	private final EvaluationTime evaluationTime;

	private final AbandonedRuns abandonedRuns;

	private final RunHeartbeat heartbeat;

	private final EvaluationQueries queries;

	private final Clock clock;

	EvaluationService(TargetService targets, MeasurementReader measurements, MongoTemplate mongo, Leases leases,
			InstanceId instance, ApplicationEventPublisher events, EvaluationProperties properties,
			EvaluationMetrics metrics, EvaluationTime evaluationTime, AbandonedRuns abandonedRuns, RunHeartbeat heartbeat,
			EvaluationQueries queries, Optional<Clock> clock) {
		this.queries = queries;
		this.targets = targets;
		this.measurements = measurements;
		this.mongo = mongo;
		this.leases = leases;
		this.instance = instance;
		this.events = events;
		this.properties = properties;
		this.metrics = metrics;
		this.evaluationTime = evaluationTime;
		this.abandonedRuns = abandonedRuns;
		this.heartbeat = heartbeat;
		this.rules = new ProgressRules(properties);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The time evaluations are made as of: the configured {@code par.evaluation.as-of}, or now. */
	public Instant evaluationTime() {
		return evaluationTime.now();
	}

	/** A scheduled run for its fire time; empty when another replica already ran the slot or holds the lease. */
	public Optional<EvaluationRun> runScheduled(Instant fireTime) {
		return run("scheduled:" + fireTime, EvaluationTrigger.SCHEDULED, evaluationTime());
	}

	/** A run now, on request or at start-up; empty when another replica is evaluating right now. */
	public Optional<EvaluationRun> runNow(EvaluationTrigger trigger, Instant asOf) {
		return run(trigger.name().toLowerCase() + ":" + UUID.randomUUID(), trigger, asOf == null ? evaluationTime() : asOf);
	}

	private Optional<EvaluationRun> run(String runId, EvaluationTrigger trigger, Instant asOf) {
		if (!leases.tryAcquire(LEASE, instance.value(), properties.leaseDuration())) {
			log.info("Evaluation {} skipped: another replica holds the evaluation lease", runId);
			metrics.skippedLeaseHeld();
			return Optional.empty();
		}
		try {
			abandonedRuns.abandonStale();
			Instant now = Instant.now(clock);
			EvaluationRun started = new EvaluationRun(runId, trigger, asOf, now, null, instance.value(),
					EvaluationRun.RunState.RUNNING, 0, Map.of(), null, now);
			try {
				mongo.insert(started);
			}
			catch (DuplicateKeyException alreadyRun) {
				log.info("Evaluation {} skipped: the slot was already run", runId);
				metrics.skippedSlotTaken();
				return Optional.empty();
			}
			try (RunHeartbeat.Beating beating = heartbeat.start(started)) {
				return Optional.of(execute(started));
			}
		}
		finally {
			leases.release(LEASE, instance.value());
		}
	}

	/**
	 * Evaluates the active targets a batch at a time ({@code par.evaluation.batch-size}): each batch's measurements
	 * are read in bulk, its evaluations written in one insert and handed to the listeners (alerts), so that memory
	 * follows the batch, not the plan. Once every batch is stored, {@link EvaluationCompleted} lets the listeners
	 * finish the run (notifications, metrics) before it is marked succeeded.
	 */
	private EvaluationRun execute(EvaluationRun run) {
		long started = System.nanoTime();
		boolean completed = false;
		try {
			Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
			int[] evaluated = { 0 };
			targets.forEachActiveBatch(properties.batchSize(), batch -> {
				List<TargetEvaluation> evaluations = evaluate(run, batch);
				if (!evaluations.isEmpty()) {
					mongo.insertAll(evaluations);
				}
				events.publishEvent(new TargetsEvaluated(run, evaluations, batch));
				evaluations.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
				evaluated[0] += evaluations.size();
			});
			completed = true;
			events.publishEvent(new EvaluationCompleted(run, true));
			EvaluationRun finished = run.ended(EvaluationRun.RunState.SUCCEEDED, Instant.now(clock), evaluated[0],
					counts, null);
			mongo.save(finished);
			pointLatestAt(finished);
			metrics.succeeded(System.nanoTime() - started, finished);
			log.info("Evaluation {} as of {}: {} targets {}", run.id(), run.asOf(), evaluated[0], counts);
			return finished;
		}
		catch (RuntimeException ex) {
			if (!completed) {
				events.publishEvent(new EvaluationCompleted(run, false));
			}
			EvaluationRun failed = run.ended(EvaluationRun.RunState.FAILED, Instant.now(clock), 0, Map.of(), ex.toString());
			mongo.save(failed);
			metrics.failed(System.nanoTime() - started);
			log.error("Evaluation {} failed", run.id(), ex);
			throw ex;
		}
	}

	/**
	 * Moves the latest-run pointer to {@code finished}, unless a run that started later already succeeded (replicas
	 * finish in any order): the conditional upsert then collides with the existing pointer and changes nothing.
	 */
	private void pointLatestAt(EvaluationRun finished) {
		Query older = Query.query(Criteria.where("_id").is(LatestRun.SUCCEEDED).and("at").lt(finished.startedAt()));
		try {
			mongo.upsert(older, new Update().set("runId", finished.id()).set("at", finished.startedAt()), LatestRun.class);
		}
		catch (DuplicateKeyException newerRunSucceeded) {
			log.debug("Run {} is not the latest to succeed", finished.id());
		}
	}

	private List<TargetEvaluation> evaluate(EvaluationRun run, List<Target> active) {
		LocalDate today = LocalDate.ofInstant(run.asOf(), VietnamTime.ZONE);
		Map<String, Measurement> measured = measurements.read(active, run.asOf(), today);
		// Whether each status changed since the latest run: the history keeps those when it is thinned.
		Map<String, TargetStatus> before = queries.latestStatuses(active.stream().map(Target::code).toList());
		List<TargetEvaluation> evaluations = new ArrayList<>();
		for (Target target : active) {
			Measurement measurement = measured.get(target.code());
			ProgressRules.Outcome outcome = rules.evaluate(target, measurement, today);
			Provenance provenance = new Provenance(measurement.indicatorCode(), measurement.observationIds(),
					measurement.assessmentId(), measurement.stage(), measurement.hasData() && !measurement.finalValue(),
					outcome.projectionMethod(), outcome.trendPoints(), measurement.note(), measurement.forecast());
			evaluations.add(new TargetEvaluation(TargetEvaluation.idOf(run.id(), target.code()), run.id(), target.code(),
					target.planCode(), target.kind(), target.subjectUnitCode(), target.responsibleUnitCode(),
					target.comparator(), run.asOf(), outcome.status(), target.targetValue(), outcome.actual(),
					outcome.expected(), outcome.projected(), outcome.gap(), outcome.actualProgress(),
					outcome.expectedProgress(), outcome.projectedProgress(), measurement.dataDate(), provenance,
					outcome.explanation(), outcome.status() != before.get(target.code())));
		}
		return evaluations;
	}

}
