package vn.parmonitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.parmonitor.alerting.ContactService;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.system.lease.Leases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas with running Quartz schedulers share one MongoDB (a real MongoDB-wire server) and evaluate every two
 * seconds: each of them evaluates (with the other paused, it takes every slot), the lease holds both back while
 * someone else has it, and still the demo's five lagging targets get one alert each, delivered exactly once.
 */
class TwoReplicasTest {

	/** The units responsible for the demo's lagging targets, and how many of them each is responsible for. */
	static final Map<String, Integer> LAGGING_TARGETS_BY_UNIT = Map.of("20-SNV", 2, "20-TTPVHCC", 1, "20-STC", 1,
			"20-STTTT", 2, "20-VP", 1, "184", 1);

	static final int LAGGING_TARGETS = LAGGING_TARGETS_BY_UNIT.values().stream().mapToInt(Integer::intValue).sum();

	static final Duration PATIENCE = Duration.ofMinutes(2);

	final MongoServer store = new MongoServer(new MemoryBackend());

	final WebhookReceiver receiver = WebhookReceiver.up();

	String uri;

	@AfterEach
	void stop() {
		receiver.stop();
		store.shutdownNow();
	}

	@Test
	void twoSchedulersOnOneStoreShareTheWorkAndRaiseAndDeliverEachAlertOnce() throws Exception {
		store.bind("127.0.0.1", 0);
		uri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/par-replicas";
		try (ConfigurableApplicationContext loader = start("loader", "--par.demo-data.enabled=true",
				"--par.scheduling.enabled=false")) {
			ContactService contacts = loader.getBean(ContactService.class);
			LAGGING_TARGETS_BY_UNIT.keySet().forEach(unit -> assertThat(contacts.set(unit, List.of(), receiver.url("/" + unit), false)
				.userErrors()).isEmpty());
		}
		// One after the other: two contexts starting at once race in Logback's set-up.
		try (ConfigurableApplicationContext replicaA = start("replica-a");
				ConfigurableApplicationContext replicaB = start("replica-b")) {
			MongoTemplate mongo = replicaA.getBean(MongoTemplate.class);
			await().atMost(PATIENCE).until(() -> LAGGING_TARGETS_BY_UNIT.entrySet().stream()
				.allMatch(unit -> receiver.received("/" + unit.getKey()).size() >= unit.getValue()));

			// Each replica evaluates: with one in standby, the other takes the slots.
			takesASlotWhileTheOtherRests(mongo, replicaB, replicaA, "replica-b");
			takesASlotWhileTheOtherRests(mongo, replicaA, replicaB, "replica-a");

			// While the lease is held elsewhere, both replicas leave their slots and nothing runs.
			Leases leases = replicaA.getBean(Leases.class);
			await().atMost(PATIENCE).until(() -> leases.tryAcquire(EvaluationService.LEASE, "maintenance",
					Duration.ofMinutes(5)));
			long runsWhileHeld = mongo.count(new Query(), "evaluation_runs");
			double skippedA = leaseHeldSkips(replicaA);
			double skippedB = leaseHeldSkips(replicaB);
			await().atMost(PATIENCE).until(() -> leaseHeldSkips(replicaA) > skippedA && leaseHeldSkips(replicaB) > skippedB);
			assertThat(mongo.count(new Query(), "evaluation_runs")).as("runs while the lease was held elsewhere")
				.isEqualTo(runsWhileHeld);
			leases.release(EvaluationService.LEASE, "maintenance");
			await().atMost(PATIENCE).until(() -> mongo.count(new Query(), "evaluation_runs") > runsWhileHeld);

			assertThat(mongo.count(new Query(), "alerts")).as("one alert per lagging target").isEqualTo(LAGGING_TARGETS);
			// The alerts' notifications (the demo's self-assessment reminders are queued beside them).
			assertThat(mongo.count(Query.query(Criteria.where("alertId").exists(true)), "notifications"))
				.as("one notification per event")
				.isEqualTo(LAGGING_TARGETS);
			LAGGING_TARGETS_BY_UNIT.forEach((unit, targets) -> assertThat(receiver.received("/" + unit).stream()
				.filter(received -> !received.event().equals("reminder")))
				.as("alert deliveries to %s", unit).hasSize(targets));
			// Both replicas ran the reminder job after start: Văn Quan, overdue with its 2023 self-assessment on
			// the demo's day, is reminded once.
			await().atMost(PATIENCE).until(() -> receiver.received("/184").stream()
				.anyMatch(received -> received.event().equals("reminder")));
			assertThat(receiver.received("/184").stream().filter(received -> received.event().equals("reminder")))
				.as("reminders to 184").singleElement()
				.satisfies(reminder -> assertThat(reminder.body()).contains("\"kind\":\"SELF_ASSESSMENT_OVERDUE\""));
		}
	}

	private static void takesASlotWhileTheOtherRests(MongoTemplate mongo, ConfigurableApplicationContext working,
			ConfigurableApplicationContext resting, String instance) throws SchedulerException {
		Scheduler paused = resting.getBean(Scheduler.class);
		paused.standby();
		Instant from = Instant.now();
		try {
			await().atMost(PATIENCE).until(() -> mongo.count(Query.query(Criteria.where("instance").is(instance)
				.and("trigger").is("SCHEDULED").and("state").is("SUCCEEDED").and("startedAt").gt(from)), "evaluation_runs") > 0);
		}
		finally {
			paused.start();
		}
		assertThat(working.getBean(Scheduler.class).isStarted()).isTrue();
	}

	private static double leaseHeldSkips(ConfigurableApplicationContext replica) {
		return replica.getBean(MeterRegistry.class).counter("par.evaluation.skipped", "reason", "lease_held").count();
	}

	private ConfigurableApplicationContext start(String instance, String... extra) {
		String[] base = { "--spring.mongodb.uri=" + uri, "--spring.profiles.active=demo", "--par.instance-id=" + instance,
				"--par.evaluation.cron=*/2 * * * * ?", "--par.notifications.delivery-interval=PT1S",
				"--par.notifications.webhook-allowed-hosts=127.0.0.1",
				"--par.metrics.refresh-interval=PT1H", "--par.security.tokens[0].name=admin",
				"--par.security.tokens[0].token=two-replicas-admin-token", "--par.security.tokens[0].role=ADMIN" };
		String[] args = new String[base.length + extra.length];
		System.arraycopy(base, 0, args, 0, base.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		return new SpringApplicationBuilder(ParMonitorApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
