package vn.parmonitor.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.parmonitor.MongoCommandCounter;
import vn.parmonitor.TestInfrastructure;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How PAR Monitor holds up under a whole province's monitoring year (see {@link ProvinceWorkload}): loading it
 * through the API, evaluating every target, the Prometheus series it costs, and the latency of the queries the
 * front ends and the Steering Committee's board make. Excluded from the normal suite; run with
 * {@code mvn -Pbenchmark test} (add {@code -Dspring.mongodb.uri=...} to measure against a real MongoDB). The report
 * goes to the console and to {@code target/benchmarks/province-scale.md}.
 *
 * <p>It asserts only what must hold at any speed: every target evaluated, nothing rejected, the series within the
 * documented budget. Timings are reported, not asserted: they belong to the machine.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "par.embedded-store.backend=memory",
				"par.evaluation.run-on-startup=false", "par.security.tokens[0].name=benchmark",
				// Deliver every second (the default is every 15 s, at most 100 a time); evaluate only on request.
				"par.scheduling.enabled=true", "par.notifications.delivery-interval=PT1S",
				"par.evaluation.cron=0 0 0 1 1 ? 2099",
				"par.security.tokens[0].token=" + ProvinceScaleBenchmark.TOKEN, "par.security.tokens[0].role=ADMIN",
				// One token drives the whole load, 8 clients at once: lift its per-client limits.
				"par.limits.requests-per-minute=10000000", "par.limits.concurrent-requests=64",
				"par.limits.expensive-per-minute=10000", "logging.level.vn.parmonitor=WARN" })
@ActiveProfiles("demo")
// TestInfrastructure builds the GraphQL tester on the test client this auto-configures.
@AutoConfigureHttpGraphQlTester
@Import(TestInfrastructure.class)
class ProvinceScaleBenchmark {

	static final String TOKEN = "benchmark-admin-token-0123456789";

	static final String PROVINCE = "20";

	static final String PROVINCE_MAILBOX = "so-noi-vu-benchmark@langson.par-monitor.invalid";

	static final String AS_OF = "2023-11-10T02:00:00Z";

	/** The documented budget for a province's deployment (README, "Cardinality budget"). */
	static final int SERIES_BUDGET = 5_000;

	static final int WARM_UP = 20;

	static final int ITERATIONS = 200;

	static final int CLIENTS = 8;

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	UnitService units;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MongoTemplate mongo;

	/** What the retention policy keeps of a year of hourly runs: 30 days of every run, one run a day before. */
	static final int RUNS_KEPT_OF_A_YEAR = 30 * 24 + 335;

	final BenchmarkReport report = new BenchmarkReport("Province-scale benchmark");

	@Test
	void aProvinceMonitoringYear() throws Exception {
		GraphQlHttpClient client = new GraphQlHttpClient(json, port, TOKEN);
		ProvinceWorkload workload = new ProvinceWorkload(unitsOfTheProvince());
		List<Map<String, Object>> targets = workload.targets();
		List<Map<String, Object>> observations = workload.observations();
		report.line("Workload: %d units under province %s (%d communes), %d targets, %d observations (%d months), "
				.formatted(workload.units().size(), PROVINCE, workload.communes(), targets.size(), observations.size(),
						ProvinceWorkload.MONTHS)
				+ "on top of the demo data; evaluated as of " + AS_OF + ".");
		report.line("Store: " + System.getProperty("spring.mongodb.uri", "embedded mongo-java-server, memory backend")
				.replaceAll("//[^@/]*@", "//***@") + "; Java " + Runtime.version() + ", "
				+ Runtime.getRuntime().availableProcessors() + " processors.");
		report.line("");
		report.line("The embedded store runs in the same JVM and answers every query but an _id lookup by scanning the "
				+ "collection (JFR: most of its time in its query matcher); MongoDB uses the indexes PAR Monitor declares. "
				+ "Numbers on the embedded store are an upper bound for the same machine.");

		load(client, workload, targets, observations);
		report.section("Evaluating every active target (evaluateTargets)",
				"| Run | Targets | Server duration (ms) | Round trip (ms) | Statuses |", "|---|---:|---:|---:|---|");
		evaluate(client, "first (opens the alerts, queues their e-mails)", targets.size());
		int queued = outstanding(client, "{ notifications { totalCount } }");
		double drained = drainOutbox(client);
		evaluate(client, "second (steady state)", targets.size());
		evaluate(client, "third (steady state)", targets.size());
		report.section("Delivering the first run's notifications (delivery job every second, at most 100 a run; SMTP to GreenMail)",
				"| Queued | E-mails received by the province | Time to drain (s) | Notifications/s |", "|---:|---:|---:|---:|");
		report.row(queued, mailsTo(PROVINCE_MAILBOX), "%.1f".formatted(drained), "%.0f".formatted(queued / drained));
		countSeries(targets.size());
		measureQueries(client);
		measureConcurrentReads(client);
		measureAfterAYearOfHistory(client, targets);

		report.write(Path.of("target", "benchmarks", "province-scale.md"));
	}

	private void load(GraphQlHttpClient client, ProvinceWorkload workload, List<Map<String, Object>> targets,
			List<Map<String, Object>> observations) {
		report.section("Loading through the API", "| Step | Requests | Items | Time (ms) | Items/s |", "|---|---:|---:|---:|---:|");
		client.execute("mutation($p: PlanInput!) { upsertPlan(input: $p) { userErrors { message } } }",
				Map.of("p", workload.plan(PROVINCE)));
		// The province's own address covers every unit below it without contacts: all the alerts are e-mailed.
		client.execute("mutation($c: UnitContactsInput!) { setUnitContacts(input: $c) { userErrors { message } } }",
				Map.of("c", Map.of("unitCode", PROVINCE, "emails", List.of(PROVINCE_MAILBOX))));
		timeBatches(client, "upsertTargets (500 per request)",
				"mutation($t: [TargetInput!]!) { upsertTargets(input: { targets: $t }) { userErrors { field message } } }",
				"t", targets, 500);
		timeBatches(client, "recordObservations (1,000 per request)",
				"mutation($o: [ObservationInput!]!) { recordObservations(input: { observations: $o }) { userErrors { field message } } }",
				"o", observations, 1000);
	}

	private void timeBatches(GraphQlHttpClient client, String step, String document, String variable,
			List<Map<String, Object>> items, int batchSize) {
		long started = System.nanoTime();
		int requests = 0;
		for (int from = 0; from < items.size(); from += batchSize) {
			client.execute(document, Map.of(variable, items.subList(from, Math.min(items.size(), from + batchSize))));
			requests++;
		}
		double millis = (System.nanoTime() - started) / 1e6;
		report.row(step, requests, items.size(), "%.0f".formatted(millis), "%.0f".formatted(items.size() / millis * 1000));
	}

	@SuppressWarnings("unchecked")
	private void evaluate(GraphQlHttpClient client, String run, int benchmarkTargets) {
		long started = System.nanoTime();
		Map<String, Object> data = client.execute("""
				mutation($asOf: DateTime) { evaluateTargets(input: { asOf: $asOf }) {
				  run { targetsEvaluated durationMillis statusCounts { status count } } userErrors { message } } }""",
				Map.of("asOf", AS_OF));
		double roundTrip = (System.nanoTime() - started) / 1e6;
		Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) data.get("evaluateTargets")).get("run");
		int evaluated = (Integer) summary.get("targetsEvaluated");
		assertThat(evaluated).as("targets evaluated").isGreaterThanOrEqualTo(benchmarkTargets);
		StringBuilder statuses = new StringBuilder();
		for (Map<String, Object> count : (List<Map<String, Object>>) summary.get("statusCounts")) {
			statuses.append(count.get("status")).append(' ').append(count.get("count")).append(", ");
		}
		report.row(run, evaluated, summary.get("durationMillis"), "%.0f".formatted(roundTrip),
				statuses.length() == 0 ? "" : statuses.substring(0, statuses.length() - 2));
	}

	/** Waits for the delivery job to send everything queued, to the real SMTP server; returns the seconds it took. */
	private double drainOutbox(GraphQlHttpClient client) throws InterruptedException {
		String undelivered = "{ notifications(filter: { states: [PENDING, DELIVERING] }) { totalCount } }";
		long started = System.nanoTime();
		long deadline = started + TimeUnit.MINUTES.toNanos(5);
		while (outstanding(client, undelivered) > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(outstanding(client, undelivered)).as("notifications still undelivered after 5 minutes").isZero();
		return (System.nanoTime() - started) / 1e9;
	}

	private long mailsTo(String address) throws MessagingException {
		long count = 0;
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (address.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())) {
				count++;
			}
		}
		return count;
	}

	@SuppressWarnings("unchecked")
	private static int outstanding(GraphQlHttpClient client, String query) {
		return (Integer) ((Map<String, Object>) client.execute(query, Map.of()).get("notifications")).get("totalCount");
	}

	private void countSeries(int benchmarkTargets) throws IOException, InterruptedException {
		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		List<String> parSeries = scrape.body().lines().filter(line -> line.startsWith("par_")).toList();
		long targetSeries = parSeries.stream().filter(line -> line.contains("target=\"")).count();
		report.section("Prometheus series after the evaluation", "| Series | Count |", "|---|---:|");
		report.row("all `par_` series", parSeries.size());
		report.row("of which per target (`target` label)", targetSeries);
		report.row("scrape size (bytes)", scrape.body().length());
		report.line("");
		report.line("The %d benchmark targets on communes are counted in `par_targets` only; the budget for a province is %,d."
			.formatted(benchmarkTargets, SERIES_BUDGET));
		assertThat(parSeries.size()).as("par_ series against the documented budget").isLessThan(SERIES_BUDGET);
	}

	private void measureQueries(GraphQlHttpClient client) throws IOException {
		report.section("Query latency, one client (%d warm-up, %d measured, sequential)".formatted(WARM_UP, ITERATIONS),
				"| Query | MongoDB commands | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |", "|---|---:|---:|---:|---:|---:|");
		for (String example : List.of("ranking-2022", "van-quan-2022", "lang-son-targets", "lang-son-alerts")) {
			measure(client, "examples/" + example + ".graphql", Files.readString(Path.of("examples", example + ".graphql")));
		}
		measure(client, "100 benchmark targets with units, latest evaluation and open alert", TARGET_PAGE);
		measure(client, "100 open alerts under the province, with units and targets", ALERT_PAGE);
	}

	private void measure(GraphQlHttpClient client, String name, String document) {
		String tag = "benchmark-" + java.util.UUID.randomUUID();
		client.execute(document, Map.of(), tag);
		int mongoCommands = commands.commands(tag).size();
		LatencySample sample = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(document, Map.of()));
		report.row(name, mongoCommands, ms(sample.percentile(50)), ms(sample.percentile(95)), ms(sample.percentile(99)),
				ms(sample.max()));
	}

	/**
	 * The same reads and an evaluation again, after the history a year of hourly runs leaves under the retention
	 * policy: {@value #RUNS_KEPT_OF_A_YEAR} older runs with an evaluation of every benchmark target each (written
	 * straight into the store, as small as the reads allow, and older than the latest run).
	 */
	private void measureAfterAYearOfHistory(GraphQlHttpClient client, List<Map<String, Object>> targets) {
		String tag = "benchmark-" + java.util.UUID.randomUUID();
		client.execute(TARGET_PAGE, Map.of(), tag);
		int commandsBefore = commands.commands(tag).size();
		LatencySample before = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(TARGET_PAGE, Map.of()));
		long started = System.nanoTime();
		java.time.Instant latest = java.time.Instant.parse("2023-11-01T00:00:00Z");
		List<org.bson.Document> batch = new ArrayList<>();
		for (int run = 1; run <= RUNS_KEPT_OF_A_YEAR; run++) {
			String runId = "history-" + run;
			java.util.Date at = java.util.Date.from(latest.minusSeconds(3600L * run));
			mongo.getCollection("evaluation_runs").insertOne(new org.bson.Document("_id", runId).append("trigger", "SCHEDULED")
				.append("startedAt", at).append("asOf", at).append("state", "SUCCEEDED").append("instance", "history"));
			for (Map<String, Object> target : targets) {
				String code = (String) target.get("code");
				batch.add(new org.bson.Document("_id", runId + ":" + code).append("runId", runId).append("targetCode", code)
					.append("evaluatedAt", at).append("status", "AT_RISK").append("statusChanged", false));
				if (batch.size() == 10_000) {
					mongo.getCollection("target_evaluations").insertMany(batch);
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			mongo.getCollection("target_evaluations").insertMany(batch);
		}
		long stored = mongo.getCollection("target_evaluations").countDocuments();
		double loadSeconds = (System.nanoTime() - started) / 1e9;

		String tagAfter = "benchmark-" + java.util.UUID.randomUUID();
		client.execute(TARGET_PAGE, Map.of(), tagAfter);
		int commandsAfter = commands.commands(tagAfter).size();
		LatencySample after = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(TARGET_PAGE, Map.of()));
		report.section(("Reads after a year of hourly runs: %,d older runs as the retention policy keeps them (30 days "
				+ "of every run, then one a day), %,d evaluations stored (written in %.0f s)")
			.formatted(RUNS_KEPT_OF_A_YEAR, stored, loadSeconds),
				"| The 100-target page | MongoDB commands | p50 (ms) | p95 (ms) | max (ms) |", "|---|---:|---:|---:|---:|");
		report.row("after the three runs above", commandsBefore, ms(before.percentile(50)), ms(before.percentile(95)),
				ms(before.max()));
		report.row("after a year of history", commandsAfter, ms(after.percentile(50)), ms(after.percentile(95)),
				ms(after.max()));
		report.row("ratio (after ÷ before, p50)", "", "%.2f".formatted(after.percentile(50) / before.percentile(50)), "",
				"");
		report.section("Evaluating after a year of history", "| Run | Targets | Server duration (ms) | Round trip (ms) | "
				+ "Statuses |", "|---|---:|---:|---:|---|");
		evaluate(client, "fourth (with a year of history)", targets.size());
	}

	private void measureConcurrentReads(GraphQlHttpClient client) throws Exception {
		report.section("Concurrent reads (%d clients, %d requests each, the 100-target page)".formatted(CLIENTS, ITERATIONS),
				"| Requests | Wall time (ms) | Requests/s | p50 (ms) | p95 (ms) | max (ms) |", "|---:|---:|---:|---:|---:|---:|");
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			long started = System.nanoTime();
			List<Future<LatencySample>> samples = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				samples.add(pool.submit(() -> LatencySample.of(0, ITERATIONS, () -> client.execute(TARGET_PAGE, Map.of()))));
			}
			List<LatencySample> done = new ArrayList<>();
			for (Future<LatencySample> sample : samples) {
				done.add(sample.get());
			}
			double wall = (System.nanoTime() - started) / 1e6;
			LatencySample all = LatencySample.merge(done);
			report.row(all.count(), "%.0f".formatted(wall), "%.0f".formatted(all.count() / wall * 1000),
					ms(all.percentile(50)), ms(all.percentile(95)), ms(all.max()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<Unit> unitsOfTheProvince() {
		LocalDate yearStart = LocalDate.of(2023, 1, 1);
		LocalDate yearEnd = LocalDate.of(2023, 12, 31);
		return units.findAll(units.selfAndDescendantCodes(PROVINCE))
			.values()
			.stream()
			.filter(unit -> (unit.validFrom() == null || !unit.validFrom().isAfter(yearStart))
					&& (unit.validTo() == null || !unit.validTo().isBefore(yearEnd)))
			.sorted(Comparator.comparing(Unit::key))
			.toList();
	}

	private static String ms(double millis) {
		return "%.1f".formatted(millis);
	}

	static final String TARGET_PAGE = """
			{ targets(filter: { planCode: "BM-2023" }, first: 100) { totalCount edges { node {
			  code targetValue subjectUnit { code shortName parent { code } } responsibleUnit { code }
			  latestEvaluation { status actual expected projected gap } openAlert { severity state } } } } }""";

	static final String ALERT_PAGE = """
			{ alerts(filter: { unitCode: "20" }, first: 100) { totalCount edges { node {
			  key severity state unit { code shortName } target { code targetValue } actual expected gap openedAt } } } }""";

}
