package vn.parmonitor.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.lease.InstanceId;
import vn.parmonitor.system.lease.Leases;

/**
 * While a run works, every quarter of {@code par.evaluation.lease-duration} it renews the evaluation lease and
 * stamps the run's {@code heartbeatAt}: a long run keeps its lease, and a run whose stamps stop was left behind by a
 * replica that died ({@link AbandonedRuns}).
 */
@Component
class RunHeartbeat implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

	private final MongoTemplate mongo;

	private final Leases leases;

	private final InstanceId instance;

	private final EvaluationProperties properties;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "evaluation-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	RunHeartbeat(MongoTemplate mongo, Leases leases, InstanceId instance, EvaluationProperties properties,
			Optional<Clock> clock) {
		this.mongo = mongo;
		this.leases = leases;
		this.instance = instance;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Starts beating for {@code run}; closing the result stops it. */
	Beating start(EvaluationRun run) {
		long period = Math.max(1, properties.leaseDuration().toMillis() / 4);
		ScheduledFuture<?> beats = timer.scheduleAtFixedRate(() -> beat(run), period, period, TimeUnit.MILLISECONDS);
		return () -> beats.cancel(false);
	}

	private void beat(EvaluationRun run) {
		try {
			if (!leases.tryAcquire(EvaluationService.LEASE, instance.value(), properties.leaseDuration())) {
				log.error("Evaluation {} lost the evaluation lease to another replica while running", run.id());
			}
			mongo.updateFirst(Query.query(Criteria.where("_id").is(run.id()).and("state").is(EvaluationRun.RunState.RUNNING)),
					Update.update("heartbeatAt", Instant.now(clock)), EvaluationRun.class);
		}
		catch (RuntimeException ex) {
			log.warn("Heartbeat of evaluation {} failed: {}", run.id(), ex.toString());
		}
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

	/** A heartbeat in progress. */
	interface Beating extends AutoCloseable {

		@Override
		void close();

	}

}
