package vn.parmonitor.system.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.parmonitor.system.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention tasks over a real wire server: evaluations older than 30 days keep each day's last successful run
 * and the status changes; delivered notifications go after 90 days, undelivered ones stay; a second pass removes
 * nothing.
 */
class HistoryRetentionTest {

	private static final Instant NOW = Instant.parse("2024-06-30T05:00:00Z");

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	private AnnotationConfigApplicationContext context;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
		mongo = new MongoTemplate(client, "par");
		// The features' own tasks (package-private where they live), with the defaults: 30 and 90 days.
		context = new AnnotationConfigApplicationContext();
		context.registerBean(MongoTemplate.class, () -> mongo);
		context.registerBean(RetentionProperties.class, () -> new RetentionProperties(null, null, null));
		context.registerBean("embeddedStore", MongoServer.class, () -> server);
		for (String task : List.of("vn.parmonitor.evaluation.EvaluationHistoryThinning",
				"vn.parmonitor.alerting.DeliveredNotificationsRetention")) {
			try {
				context.registerBean(Class.forName(task));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		context.refresh();
	}

	@AfterEach
	void stop() {
		context.close();
		client.close();
		server.shutdownNow();
	}

	@Test
	void oldDaysKeepTheirLastRunAndTheStatusChangesAndRecentDaysKeepEverything() {
		// 10 May 2024 (old): three successful runs and a failed one; 29 June (recent): two runs.
		run("r-0510-00", vietnam("2024-05-10T00:00"), "SUCCEEDED", false, false);
		run("r-0510-01", vietnam("2024-05-10T01:00"), "SUCCEEDED", false, true);
		run("r-0510-23", vietnam("2024-05-10T23:00"), "SUCCEEDED", false, false);
		run("r-0510-23b", vietnam("2024-05-10T23:30"), "FAILED", false, false);
		run("r-0511-00", vietnam("2024-05-11T00:00"), "SUCCEEDED", false, false);
		run("r-0629-10", vietnam("2024-06-29T10:00"), "SUCCEEDED", false, false);
		run("r-0629-11", vietnam("2024-06-29T11:00"), "SUCCEEDED", false, false);

		long removed = RetentionScheduling.runAll(tasks(), NOW);

		assertThat(evaluations()).containsExactlyInAnyOrder("r-0510-01:T2", "r-0510-23:T1", "r-0510-23:T2",
				"r-0511-00:T1", "r-0511-00:T2", "r-0629-10:T1", "r-0629-10:T2", "r-0629-11:T1", "r-0629-11:T2");
		assertThat(removed).isEqualTo(3);
		assertThat(mongo.getCollection("evaluation_runs").countDocuments()).as("the runs stay").isEqualTo(7);
		assertThat(RetentionScheduling.runAll(tasks(), NOW)).as("a second pass").isZero();
	}

	@Test
	void deliveredNotificationsGoAfterNinetyDaysAndUndeliveredOnesStay() {
		notification("old-delivered", "DELIVERED", NOW.minusSeconds(91L * 86400));
		notification("recent-delivered", "DELIVERED", NOW.minusSeconds(89L * 86400));
		notification("old-pending", "PENDING", null);

		RetentionScheduling.runAll(tasks(), NOW);

		List<String> left = mongo.getCollection("notifications").find().map(n -> n.getString("_id")).into(new ArrayList<>());
		assertThat(left).containsExactlyInAnyOrder("recent-delivered", "old-pending");
	}

	private List<RetentionTask> tasks() {
		return List.copyOf(context.getBeansOfType(RetentionTask.class).values());
	}

	/** A run with two targets' evaluations; T2's status changed when {@code t2Changed}. */
	private void run(String id, Instant startedAt, String state, boolean t1Changed, boolean t2Changed) {
		mongo.getCollection("evaluation_runs").insertOne(new Document("_id", id).append("startedAt", java.util.Date.from(startedAt))
			.append("state", state));
		if (state.equals("SUCCEEDED")) {
			mongo.getCollection("target_evaluations").insertMany(List.of(
					new Document("_id", id + ":T1").append("runId", id).append("targetCode", "T1").append("statusChanged", t1Changed),
					new Document("_id", id + ":T2").append("runId", id).append("targetCode", "T2").append("statusChanged", t2Changed)));
		}
	}

	private void notification(String id, String state, Instant deliveredAt) {
		mongo.getCollection("notifications").insertOne(new Document("_id", id).append("state", state)
			.append("deliveredAt", deliveredAt == null ? null : java.util.Date.from(deliveredAt)));
	}

	private List<String> evaluations() {
		return mongo.getCollection("target_evaluations").find().map(e -> e.getString("_id")).into(new ArrayList<>());
	}

	private static Instant vietnam(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}

}
