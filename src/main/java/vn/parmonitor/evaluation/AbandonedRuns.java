package vn.parmonitor.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.lease.InstanceId;

/**
 * Marks {@code ABANDONED} the runs that a dying replica left {@code RUNNING}, so that the history and the Operations
 * board do not show evaluations that never end:
 * <ul>
 * <li>at start-up, this replica's own runs: a replica that has just started runs nothing yet, so any run still
 * RUNNING under its name was cut off by its previous life (the instance id is stable across restarts);</li>
 * <li>before every run, under the evaluation lease, the runs of any replica whose heartbeat is older than the lease:
 * their replica stopped renewing it, so it is gone.</li>
 * </ul>
 * Each run is marked by one conditional update, so two replicas never count the same run twice; the count goes to
 * {@code par_evaluation_runs_total{result="abandoned"}}.
 */
@Component
class AbandonedRuns {

	private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

	private final MongoTemplate mongo;

	private final InstanceId instance;

	private final EvaluationProperties properties;

	private final EvaluationMetrics metrics;

	private final Clock clock;

	AbandonedRuns(MongoTemplate mongo, InstanceId instance, EvaluationProperties properties, EvaluationMetrics metrics,
			Optional<Clock> clock) {
		this.mongo = mongo;
		this.instance = instance;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@EventListener(ApplicationReadyEvent.class)
	void abandonOwnRunsAtStartup() {
		abandon(Criteria.where("instance").is(instance.value()),
				"this replica (" + instance.value() + ") stopped before the run finished, and restarted");
	}

	/** The RUNNING runs whose replica stopped renewing its heartbeat for longer than the lease. */
	long abandonStale() {
		Instant cutoff = Instant.now(clock).minus(properties.leaseDuration());
		return abandon(new Criteria().orOperator(Criteria.where("heartbeatAt").lt(cutoff),
				Criteria.where("heartbeatAt").exists(false).and("startedAt").lt(cutoff)),
				"its replica stopped renewing the evaluation lease (no heartbeat for " + properties.leaseDuration() + ")");
	}

	private long abandon(Criteria which, String why) {
		Query running = Query.query(Criteria.where("state").is(EvaluationRun.RunState.RUNNING).andOperator(which));
		Instant now = Instant.now(clock);
		long count = mongo.updateMulti(running, new Update().set("state", EvaluationRun.RunState.ABANDONED)
			.set("finishedAt", now)
			.set("error", "abandoned: " + why), EvaluationRun.class).getModifiedCount();
		if (count > 0) {
			log.warn("Marked {} evaluation run(s) ABANDONED: {}", count, why);
			metrics.abandoned(count);
		}
		return count;
	}

}
