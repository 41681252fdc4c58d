package vn.parmonitor.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.system.graphql.GlobalId;
import vn.parmonitor.system.lease.InstanceId;
import vn.parmonitor.system.lease.Leases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs that a dying replica leaves RUNNING are marked ABANDONED: its own, when it starts again; anybody's, once
 * their heartbeat is older than the lease. A run at work keeps its lease and its heartbeat fresh.
 */
@ParMonitorIntegrationTest
class AbandonedRunsTest {

	@Autowired
	AbandonedRuns abandonedRuns;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	InstanceId instance;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Leases leases;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry registry;

	@AfterEach
	void removeTheTestRuns() {
		mongo.remove(Query.query(Criteria.where("_id").regex("^test-")), EvaluationRun.class);
	}

	@Test
	void aRunCutOffByAKillReadsAbandonedWhenItsReplicaStartsAgain() {
		Instant startedAt = Instant.parse("2023-11-10T02:00:00Z");
		mongo.insert(running("test-killed", instance.value(), startedAt, Instant.now()));
		double before = abandoned();

		abandonedRuns.abandonOwnRunsAtStartup();

		Map<String, Object> run = runOverGraphQl("test-killed");
		assertThat(run).containsEntry("state", "ABANDONED").containsEntry("instance", instance.value());
		assertThat((String) run.get("error")).isEqualTo("abandoned: this replica (" + instance.value()
				+ ") stopped before the run finished, and restarted");
		assertThat(run.get("finishedAt")).isNotNull();
		assertThat(abandoned()).isEqualTo(before + 1);
	}

	@Test
	void aRunWhoseReplicaStoppedBeatingIsAbandonedByTheNextRunAnywhere() {
		Instant now = Instant.now();
		mongo.insert(running("test-gone", "replica-that-died", now.minus(Duration.ofHours(1)),
				now.minus(Duration.ofMinutes(3))));
		mongo.insert(running("test-alive", "replica-at-work", now.minusSeconds(30), now.minusSeconds(5)));

		assertThat(evaluations.runNow(EvaluationTrigger.MANUAL, null)).isPresent();

		assertThat(runOverGraphQl("test-gone")).containsEntry("state", "ABANDONED")
			.containsEntry("error", "abandoned: its replica stopped renewing the evaluation lease (no heartbeat for PT1M)");
		assertThat(runOverGraphQl("test-alive")).as("a replica still beating keeps its run").containsEntry("state", "RUNNING");
	}

	@Test
	void aRunAtWorkRenewsItsLeaseAndItsHeartbeat() {
		EvaluationProperties shortLease = new EvaluationProperties(null, false, null, null, 6, 15, null,
				Duration.ofMillis(400), null, 0);
		RunHeartbeat heartbeat = new RunHeartbeat(mongo, leases, instance, shortLease, Optional.empty());
		Instant started = Instant.now().minusSeconds(1);
		EvaluationRun run = running("test-beating", instance.value(), started, started);
		mongo.insert(run);
		assertThat(leases.tryAcquire(EvaluationService.LEASE, instance.value(), Duration.ofMillis(400))).isTrue();
		try (RunHeartbeat.Beating beating = heartbeat.start(run)) {
			// Each beat renews the 400 ms lease and moves the heartbeat: it outlives several lease durations.
			await().atMost(Duration.ofMinutes(2))
				.until(() -> mongo.findById("test-beating", EvaluationRun.class).heartbeatAt().isAfter(started.plusMillis(1500)));
			assertThat(leases.tryAcquire(EvaluationService.LEASE, "another-replica", Duration.ofMinutes(1)))
				.as("the lease is held while the run works").isFalse();
		}
		finally {
			heartbeat.destroy();
			leases.release(EvaluationService.LEASE, instance.value());
		}
	}

	private static EvaluationRun running(String id, String replica, Instant startedAt, Instant heartbeatAt) {
		return new EvaluationRun(id, EvaluationTrigger.SCHEDULED, startedAt, startedAt, null, replica,
				EvaluationRun.RunState.RUNNING, 0, Map.of(), null, heartbeatAt);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> runOverGraphQl(String id) {
		return graphQl.document("query($id: ID!) { node(id: $id) { ... on EvaluationRun { key state instance error finishedAt } } }")
			.variable("id", GlobalId.encode("EvaluationRun", id))
			.execute()
			.path("node")
			.entity(Map.class)
			.get();
	}

	private double abandoned() {
		return registry.counter("par.evaluation.runs", "result", "abandoned").count();
	}

}
