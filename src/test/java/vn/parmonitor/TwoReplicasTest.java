package vn.parmonitor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.parmonitor.alerting.ContactService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas with running Quartz schedulers share one MongoDB (a real MongoDB-wire server) and evaluate every two
 * seconds: the demo's five lagging targets get one alert each, and each alert's opening is delivered exactly once.
 */
class TwoReplicasTest {

	static final List<String> LAGGING_UNITS = List.of("20-TTPVHCC", "20-STC", "20-STTTT", "20-VP", "184");

	final MongoServer store = new MongoServer(new MemoryBackend());

	final WebhookReceiver receiver = WebhookReceiver.up();

	String uri;

	@AfterEach
	void stop() {
		receiver.stop();
		store.shutdownNow();
	}

	@Test
	void twoSchedulersOnOneStoreRaiseEachAlertAndDeliverEachNotificationOnce() throws Exception {
		store.bind("127.0.0.1", 0);
		uri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort() + "/par-replicas";
		try (ConfigurableApplicationContext loader = start("loader", "--par.demo-data.enabled=true",
				"--par.scheduling.enabled=false")) {
			ContactService contacts = loader.getBean(ContactService.class);
			LAGGING_UNITS.forEach(unit -> assertThat(contacts.set(unit, List.of(), receiver.url("/" + unit), false)
				.userErrors()).isEmpty());
		}
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> start("replica-a"));
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(() -> start("replica-b"));
		try (ConfigurableApplicationContext replicaA = a.get(); ConfigurableApplicationContext replicaB = b.get()) {
			assertThat(replicaA.getBean(Scheduler.class).isStarted()).isTrue();
			assertThat(replicaB.getBean(Scheduler.class).isStarted()).isTrue();
			await().atMost(Duration.ofSeconds(30)).until(() -> LAGGING_UNITS.stream()
				.allMatch(unit -> !receiver.received("/" + unit).isEmpty()));
			MongoTemplate mongo = replicaA.getBean(MongoTemplate.class);
			long runsBefore = mongo.count(new Query(), "evaluation_runs");
			// Let both schedulers fire a few more slots.
			await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
				.until(() -> mongo.count(new Query(), "evaluation_runs") >= runsBefore + 2);

			assertThat(mongo.count(Query.query(Criteria.where("trigger").is("SCHEDULED")), "evaluation_runs"))
				.as("scheduled runs happened").isGreaterThanOrEqualTo(2);
			assertThat(mongo.findDistinct(new Query(), "instance", "evaluation_runs", String.class))
				.as("runs recorded by the replicas").isNotEmpty();
			assertThat(mongo.count(new Query(), "alerts")).as("one alert per lagging target").isEqualTo(5);
			assertThat(mongo.count(new Query(), "notifications")).as("one notification per event").isEqualTo(5);
			for (String unit : LAGGING_UNITS) {
				assertThat(receiver.received("/" + unit)).as("deliveries to %s", unit).hasSize(1);
			}
		}
	}

	private ConfigurableApplicationContext start(String instance, String... extra) {
		String[] base = { "--spring.mongodb.uri=" + uri, "--spring.profiles.active=demo", "--par.instance-id=" + instance,
				"--par.evaluation.cron=*/2 * * * * ?", "--par.notifications.delivery-interval=PT1S",
				"--par.metrics.refresh-interval=PT1H", "--par.security.tokens[0].name=admin",
				"--par.security.tokens[0].token=two-replicas-admin-token", "--par.security.tokens[0].role=ADMIN" };
		String[] args = new String[base.length + extra.length];
		System.arraycopy(base, 0, args, 0, base.length);
		System.arraycopy(extra, 0, args, base.length, extra.length);
		return new SpringApplicationBuilder(ParMonitorApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
