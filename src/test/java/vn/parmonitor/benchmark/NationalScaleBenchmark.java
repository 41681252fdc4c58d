package vn.parmonitor.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole country on one machine ({@link NationalWorkload}): the server as {@code mvn spring-boot:run} runs it
 * (demo profile, embedded store on an H2 file) in a process of its own at {@code -Xmx512m}, loaded through the API
 * from 1,000 targets to all 29,570, each size evaluated and set against a raw MongoDB driver scan of the same
 * observations on the same store; then the ranking and a 100-target page against a raw driver read of the same
 * documents with the same arithmetic, 8 concurrent clients, and the Prometheus scrape at national scale. Excluded
 * from the normal suite: {@code mvn -B -Pbenchmark test -Dtest=NationalScaleBenchmark}; the report goes to the
 * console and to {@code target/benchmarks/national-scale.md}.
 *
 * <p>It asserts what must hold at any speed: the server survives at 512 MB, every target is evaluated, the series
 * stay within the national budget. The ratios are reported, not asserted: they belong to the machine.
 */
@Tag("benchmark")
class NationalScaleBenchmark {

	static final String AS_OF = "2023-11-10T02:00:00Z";

	static final String HEAP = "512m";

	/**
	 * The loads measured: 1,000 targets, 5,000, then all of them; {@code -Dpar.benchmark.sizes=1000,5000} stops
	 * earlier (a quicker look while working on it).
	 */
	static final List<Integer> SIZES = java.util.Arrays
		.stream(System.getProperty("par.benchmark.sizes", "1000,5000," + Integer.MAX_VALUE).split(","))
		.map(String::trim)
		.map(Integer::valueOf)
		.toList();

	/** The budget of {@code /actuator/prometheus} at national scale (README, "Cardinality budget"). */
	static final int NATIONAL_SERIES_BUDGET = 50_000;

	static final int WARM_UP = 20;

	static final int ITERATIONS = 100;

	static final int CLIENTS = 8;


	final BenchmarkReport report = new BenchmarkReport("National-scale benchmark");

	final Path reportFile = Path.of("target", "benchmarks", "national-scale.md");

	@Test
	void theWholeCountryOnOneMachine() throws Exception {
		NationalWorkload workload = new NationalWorkload();
		List<NationalWorkload.PlannedTarget> targets = workload.targets();
		report.line(("Workload: %d provinces, %d districts, %d communes (GSO list, before the 2025 reform); %,d targets "
				+ "on %d indicators in %d provincial plans; %,d observations (%d months); evaluated as of %s.")
			.formatted(workload.count("PROVINCE"), workload.count("DISTRICT"), workload.count("COMMUNE"), targets.size(),
					NationalWorkload.INDICATORS.size(), workload.provinceCodes().size(), targets.size() * NationalWorkload.MONTHS,
					NationalWorkload.MONTHS, AS_OF));
		boolean external = System.getProperty("spring.mongodb.uri") != null;
		report.line("Server: its own process at -Xmx%s, demo profile, %s; ".formatted(HEAP, external
				? "a real MongoDB (-Dspring.mongodb.uri)" : "embedded store on an H2 file (as mvn spring-boot:run)")
				+ "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " processors. Raw reads: "
				+ "the MongoDB Java driver on the same store, from the benchmark's JVM.");
		try (BenchmarkServer server = BenchmarkServer.start(Path.of("target", "benchmarks", "national-store"), HEAP);
				MongoClient raw = MongoClients.create(server.storeUri())) {
			GraphQlHttpClient client = new GraphQlHttpClient(JsonMapper.builder().build(), server.port(),
					BenchmarkServer.TOKEN);
			MongoDatabase store = raw.getDatabase(server.databaseName());
			loadStructure(client, workload);
			evaluateGrowingLoads(client, server, store, targets);
			compareReads(client, store);
			measureConcurrentReads(client);
			measureAfterAYearOfHistory(client, store);
			countSeries(server);
			BenchmarkServer.HeapPeak heap = server.heapPeak();
			report.section("Heap of the server over the whole benchmark (GC log; the raw scans' results included, which the "
					+ "embedded store holds whole in the server's heap while they are read)", "| Measure | MB |", "|---|---:|");
			report.row("largest heap in use before a collection", heap.beforeCollectionMb());
			report.row("largest heap still in use after a collection", heap.afterCollectionMb());
			report.row("largest heap still in use after a full collection (the live data; 0: none was needed)",
					heap.afterFullCollectionMb());
			report.row("heap committed at most (of -Xmx" + HEAP + ")", heap.committedMb());
			assertThat(server.process().output()).as("the server's log").doesNotContain("OutOfMemoryError");
		}
		finally {
			report.write(reportFile);
		}
	}

	private void loadStructure(GraphQlHttpClient client, NationalWorkload workload) {
		report.section("Loading through the API", "| Step | Requests | Items | Time (s) | Items/s |", "|---|---:|---:|---:|---:|");
		timeBatches(client, "upsertUnits (1,000 per request)",
				"mutation($u: [UnitInput!]!) { upsertUnits(input: { units: $u }) { userErrors { field message } } }", "u",
				workload.unitInputs(), 1000);
		long started = System.nanoTime();
		for (String province : workload.provinceCodes()) {
			client.execute("mutation($p: PlanInput!) { upsertPlan(input: $p) { userErrors { field message } } }",
					Map.of("p", workload.plan(province)));
			// Each province's Department receives the digest of its units' alerts (queued; delivery is off here).
			client.execute("mutation($c: UnitContactsInput!) { setUnitContacts(input: $c) { userErrors { message } } }",
					Map.of("c", Map.of("unitCode", province, "emails",
							List.of("so-noi-vu-" + province + "@benchmark.par-monitor.invalid"))));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		int provinces = workload.provinceCodes().size();
		report.row("upsertPlan and setUnitContacts per province", 2 * provinces, 2 * provinces, "%.1f".formatted(seconds),
				"%.0f".formatted(2 * provinces / seconds));
		report.save(reportFile);
	}

	private void evaluateGrowingLoads(GraphQlHttpClient client, BenchmarkServer server, MongoDatabase store,
			List<NationalWorkload.PlannedTarget> targets) {
		List<String[]> rows = new ArrayList<>();
		int loaded = 0;
		double firstPerThousand = 0;
		for (int size : SIZES) {
			int upTo = Math.min(size, targets.size());
			List<NationalWorkload.PlannedTarget> added = targets.subList(loaded, upTo);
			timeBatches(client, "upsertTargets to %,d (500 per request)".formatted(upTo),
					"mutation($t: [TargetInput!]!) { upsertTargets(input: { targets: $t }) { userErrors { field message } } }",
					"t", added.stream().map(NationalWorkload::targetInput).toList(), 500);
			timeBatches(client, "recordObservations to %,d targets (1,000 per request)".formatted(upTo),
					"mutation($o: [ObservationInput!]!) { recordObservations(input: { observations: $o }) { userErrors { field message } } }",
					"o", added.stream().flatMap(target -> NationalWorkload.observations(target).stream()).toList(), 1000);
			loaded = upTo;
			Evaluation first = evaluate(client, server, upTo);
			Evaluation steady = evaluate(client, server, upTo);
			// Before the raw scans: the embedded store holds each of their results whole (up to 113,670 observations)
			// in the server's heap, which is the raw read's cost, not the evaluation's.
			BenchmarkServer.HeapPeak heap = server.heapPeak();
			rawScan(store);
			RawScan scan = rawScan(store);
			double perThousand = steady.serverMillis / (upTo / 1000.0);
			if (firstPerThousand == 0) {
				firstPerThousand = perThousand;
			}
			rows.add(new String[] { "%,d".formatted(upTo), "%,d".formatted(steady.evaluated), "%,d".formatted(scan.documents),
					"%.1f".formatted(first.serverMillis / 1000), "%.1f".formatted(steady.serverMillis / 1000),
					"%.1f".formatted(steady.cpu.toMillis() / 1000.0), "%.2f".formatted(scan.millis / 1000),
					"%.1f".formatted(steady.serverMillis / scan.millis), "%.0f".formatted(perThousand),
					"%.2f".formatted(perThousand / firstPerThousand),
					heap.beforeCollectionMb() + " / " + heap.afterCollectionMb() + " / " + heap.afterFullCollectionMb(),
					steady.statuses });
			System.out.printf("Evaluated %,d targets: first run %.1f s, steady %.1f s, raw scan %.2f s, heap %s MB%n", upTo,
					first.serverMillis / 1000, steady.serverMillis / 1000, scan.millis / 1000, heap);
		}
		report.section("Evaluating every target as the load grows (evaluateTargets; the second run of each size is the "
				+ "steady state, the first opens the alerts and queues the digests)",
				"| Targets loaded | Evaluated | Observations stored | First run (s) | Steady run (s) | Server CPU, steady (s) "
						+ "| Raw scan of the observations (s) | Steady ÷ raw scan | ms per 1,000 targets | Growth (per target, ÷ the smallest) "
						+ "| Heap peak so far, raw scans of this size excluded: before / after GC / after a full GC (MB) | Statuses |",
				"|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
		rows.forEach(row -> report.row((Object[]) row));
		report.line("");
		report.line("Server duration is the run's own (`durationMillis`, alerts and metrics included); server CPU is the "
				+ "process's CPU time over the request (all threads). The raw scan reads every document of `observations` "
				+ "with the driver, one query per indicator (second of two scans, as warm as the run).");
	}

	private record Evaluation(int evaluated, double serverMillis, Duration cpu, String statuses) {
	}

	@SuppressWarnings("unchecked")
	private Evaluation evaluate(GraphQlHttpClient client, BenchmarkServer server, int atLeast) {
		Duration cpuBefore = server.process().cpuTime();
		Map<String, Object> data = client.execute("""
				mutation($asOf: DateTime) { evaluateTargets(input: { asOf: $asOf }) {
				  run { targetsEvaluated durationMillis statusCounts { status count } } userErrors { message } } }""",
				Map.of("asOf", AS_OF));
		Duration cpu = server.process().cpuTime().minus(cpuBefore);
		Map<String, Object> run = (Map<String, Object>) ((Map<String, Object>) data.get("evaluateTargets")).get("run");
		int evaluated = (Integer) run.get("targetsEvaluated");
		assertThat(evaluated).as("targets evaluated").isGreaterThanOrEqualTo(atLeast);
		StringBuilder statuses = new StringBuilder();
		for (Map<String, Object> count : (List<Map<String, Object>>) run.get("statusCounts")) {
			statuses.append(count.get("status")).append(' ').append(count.get("count")).append(", ");
		}
		return new Evaluation(evaluated, ((Number) run.get("durationMillis")).doubleValue(), cpu,
				statuses.length() == 0 ? "" : statuses.substring(0, statuses.length() - 2));
	}

	private record RawScan(long documents, double millis) {
	}

	/**
	 * Every observation read with the driver, one query per indicator (and one for the demo's): the embedded store holds a query's whole result
	 * in its heap until the cursor is read out, and one query of all 295,700 observations ran the server at -Xmx512m out
	 * of memory. Each query reads the whole collection to find its indicator's (the store keeps no secondary index).
	 */
	private static RawScan rawScan(MongoDatabase store) {
		long started = System.nanoTime();
		long documents = 0;
		MongoCollection<Document> observations = store.getCollection("observations");
		List<org.bson.conversions.Bson> parts = new ArrayList<>();
		NationalWorkload.INDICATORS.forEach(indicator -> parts.add(Filters.eq("indicatorCode", indicator)));
		parts.add(Filters.nin("indicatorCode", NationalWorkload.INDICATORS)); // the demo's own
		for (org.bson.conversions.Bson part : parts) {
			for (Document ignored : observations.find(part).batchSize(10_000)) {
				documents++;
			}
		}
		return new RawScan(documents, (System.nanoTime() - started) / 1e6);
	}

	/**
	 * The two reads the Steering Committee's board and the front ends make most, against the least a client of the
	 * store itself would do to answer the same: the same documents read with the driver and the same arithmetic.
	 */
	private void compareReads(GraphQlHttpClient client, MongoDatabase store) {
		report.section("Reads against a raw driver read of the same documents with the same arithmetic (%d warm-up, "
			.formatted(WARM_UP) + "%d measured, the two calls alternating)".formatted(ITERATIONS),
				"| Read | PAR Monitor p50 / p95 (ms) | Raw driver p50 / p95 (ms) | Ratio (p50) |", "|---|---:|---:|---:|");
		List<Map<String, Object>> rawRanking = rawRanking(store);
		assertThat(rawRanking).hasSize(63);
		compare("ranking of the 63 provinces in 2022 with their 8 field scores", () -> client.execute(RANKING, Map.of()),
				() -> rawRanking(store));
		compare("100 targets of a plan with units, latest evaluation and open alert",
				() -> client.execute(TARGET_PAGE, Map.of()), () -> rawTargetPage(store));
		report.save(reportFile);
	}

	private void compare(String name, Runnable served, Runnable raw) {
		List<LatencySample> paired = LatencySample.alternating(WARM_UP, ITERATIONS, served, raw);
		LatencySample parMonitor = paired.get(0);
		LatencySample driver = paired.get(1);
		report.row(name, "%.1f / %.1f".formatted(parMonitor.percentile(50), parMonitor.percentile(95)),
				"%.1f / %.1f".formatted(driver.percentile(50), driver.percentile(95)),
				"%.2f".formatted(parMonitor.percentile(50) / driver.percentile(50)));
	}

	/** The 2022 provincial ranking from the assessments and the tree: points by field, index, competition ranks. */
	static List<Map<String, Object>> rawRanking(MongoDatabase store) {
		Document methodology = store.getCollection("methodologies").find(Filters.eq("_id", "PROVINCE-2022")).first();
		BigDecimal maximum = decimal(methodology.get("totalMaximum"));
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> unitCodes = new LinkedHashSet<>();
		for (Document assessment : store.getCollection("assessments")
			.find(Filters.and(Filters.eq("methodologyCode", "PROVINCE-2022"), Filters.eq("year", 2022)))) {
			Map<String, BigDecimal> fields = new HashMap<>();
			BigDecimal total = BigDecimal.ZERO;
			for (Document score : assessment.getList("scores", Document.class)) {
				Document stages = score.get("stages", Document.class);
				Document finalScore = stages == null ? null : stages.get("FINAL", Document.class);
				if (finalScore == null) {
					continue;
				}
				BigDecimal points = decimal(finalScore.get("points"));
				String code = score.getString("componentCode");
				fields.merge(code.substring(0, code.indexOf('.')), points, BigDecimal::add);
				total = total.add(points);
			}
			unitCodes.add(assessment.getString("unitCode"));
			rows.add(new HashMap<>(Map.of("unit", assessment.getString("unitCode"), "points", total, "fields", fields,
					"index", total.multiply(BigDecimal.valueOf(100)).divide(maximum, 2, RoundingMode.HALF_UP))));
		}
		Map<String, String> names = new HashMap<>();
		store.getCollection("units").find(Filters.in("_id", unitCodes))
			.forEach(unit -> names.put(unit.getString("_id"), unit.getString("shortName")));
		rows.sort(Comparator.comparing((Map<String, Object> row) -> (BigDecimal) row.get("points")).reversed());
		for (int i = 0; i < rows.size(); i++) {
			boolean tied = i > 0 && ((BigDecimal) rows.get(i).get("points")).compareTo((BigDecimal) rows.get(i - 1).get("points")) == 0;
			rows.get(i).put("rank", tied ? rows.get(i - 1).get("rank") : i + 1);
			rows.get(i).put("name", names.get((String) rows.get(i).get("unit")));
		}
		return rows;
	}

	/**
	 * The first 100 targets of Hà Nội's plan, their latest evaluations (by the run pointer), open alerts, subject and
	 * responsible units and the subject units' parents: every document the page's answer holds.
	 */
	static List<Document> rawTargetPage(MongoDatabase store) {
		long count = store.getCollection("targets").countDocuments(Filters.eq("planCode", "NS-2023-01"));
		List<Document> page = store.getCollection("targets").find(Filters.eq("planCode", "NS-2023-01"))
			.sort(Sorts.ascending("_id")).limit(100).into(new ArrayList<>());
		String runId = store.getCollection("evaluation_state").find(Filters.eq("_id", "latest-succeeded")).first()
			.getString("runId");
		List<String> codes = page.stream().map(target -> target.getString("_id")).toList();
		Map<String, Document> evaluations = new HashMap<>();
		store.getCollection("target_evaluations").find(Filters.in("_id", codes.stream().map(code -> runId + ":" + code).toList()))
			.forEach(evaluation -> evaluations.put(evaluation.getString("targetCode"), evaluation));
		Map<String, Document> alerts = new HashMap<>();
		store.getCollection("alerts").find(Filters.in("openKey", codes))
			.forEach(alert -> alerts.put(alert.getString("targetCode"), alert));
		Set<String> unitCodes = new LinkedHashSet<>();
		page.forEach(target -> {
			unitCodes.add(target.getString("subjectUnitCode"));
			unitCodes.add(target.getString("responsibleUnitCode"));
		});
		unitCodes.remove(null);
		Map<String, Document> units = new HashMap<>();
		store.getCollection("units").find(Filters.in("_id", unitCodes)).forEach(unit -> units.put(unit.getString("_id"), unit));
		// The page shows each subject unit's parent, a unit document too (it may have ceased or be unknown).
		Set<String> parentCodes = new LinkedHashSet<>();
		page.forEach(target -> {
			Document subject = units.get(target.getString("subjectUnitCode"));
			if (subject != null && subject.getString("parentCode") != null) {
				parentCodes.add(subject.getString("parentCode"));
			}
		});
		Map<String, Document> parents = new HashMap<>();
		if (!parentCodes.isEmpty()) {
			store.getCollection("units").find(Filters.in("_id", parentCodes))
				.forEach(unit -> parents.put(unit.getString("_id"), unit));
		}
		List<Document> rows = new ArrayList<>();
		for (Document target : page) {
			Document subject = units.get(target.getString("subjectUnitCode"));
			rows.add(new Document("target", target.getString("_id")).append("count", count)
				.append("unit", subject)
				.append("parent", subject == null ? null : parents.get(subject.getString("parentCode")))
				.append("responsible", units.get(target.getString("responsibleUnitCode")))
				.append("evaluation", evaluations.get(target.getString("_id")))
				.append("alert", alerts.get(target.getString("_id"))));
		}
		return rows;
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
					"%.1f".formatted(all.percentile(50)), "%.1f".formatted(all.percentile(95)), "%.1f".formatted(all.max()));
		}
		finally {
			pool.shutdownNow();
		}
		report.save(reportFile);
	}

	/** The targets of the page's plan whose year of history is written: the page's 100 and the 900 after them. */
	static final int TARGETS_WITH_HISTORY = 1_000;

	/**
	 * The two reads again after a year of hourly runs as the retention policy keeps them
	 * ({@value ProvinceScaleBenchmark#RUNS_KEPT_OF_A_YEAR} older runs), for the first {@value #TARGETS_WITH_HISTORY}
	 * targets of the page's plan (written straight into the store, older than the latest run). A year for all 29,570
	 * targets would be 31 million evaluations, beyond what the embedded store holds on this machine in the
	 * benchmark's time; the province benchmark writes its whole plan's year. What it shows: the reads find the current
	 * state by {@code _id} (the run pointer, the ranking's snapshot), whatever lies behind it.
	 */
	private void measureAfterAYearOfHistory(GraphQlHttpClient client, MongoDatabase store) {
		LatencySample pageBefore = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(TARGET_PAGE, Map.of()));
		LatencySample rankingBefore = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(RANKING, Map.of()));
		long started = System.nanoTime();
		List<String> codes = store.getCollection("targets").find(Filters.eq("planCode", "NS-2023-01"))
			.projection(new Document("_id", 1)).sort(Sorts.ascending("_id")).limit(TARGETS_WITH_HISTORY)
			.map(target -> target.getString("_id")).into(new ArrayList<>());
		java.time.Instant latest = java.time.Instant.parse(AS_OF).minus(Duration.ofHours(1));
		List<Document> batch = new ArrayList<>();
		for (int run = 1; run <= ProvinceScaleBenchmark.RUNS_KEPT_OF_A_YEAR; run++) {
			String runId = "history-" + run;
			// Hourly for the 30 days before, then daily.
			java.time.Instant at = run <= 720 ? latest.minus(Duration.ofHours(run))
					: latest.minus(Duration.ofDays(30 + run - 720));
			store.getCollection("evaluation_runs").insertOne(new Document("_id", runId).append("trigger", "SCHEDULED")
				.append("startedAt", java.util.Date.from(at)).append("asOf", java.util.Date.from(at))
				.append("state", "SUCCEEDED").append("instance", "history"));
			for (String code : codes) {
				batch.add(new Document("_id", runId + ":" + code).append("runId", runId).append("targetCode", code)
					.append("evaluatedAt", java.util.Date.from(at)).append("status", "OFF_TRACK")
					.append("statusChanged", false));
				if (batch.size() == 10_000) {
					store.getCollection("target_evaluations").insertMany(batch);
					batch.clear();
				}
			}
		}
		if (!batch.isEmpty()) {
			store.getCollection("target_evaluations").insertMany(batch);
		}
		long written = (long) codes.size() * ProvinceScaleBenchmark.RUNS_KEPT_OF_A_YEAR;
		double loadSeconds = (System.nanoTime() - started) / 1e9;
		LatencySample pageAfter = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(TARGET_PAGE, Map.of()));
		LatencySample rankingAfter = LatencySample.of(WARM_UP, ITERATIONS, () -> client.execute(RANKING, Map.of()));
		report.section(("Reads after a year of hourly runs: %,d older runs as the retention policy keeps them (30 days of "
				+ "every run, then one a day) for the first %,d targets of the page's plan, %,d evaluations (written in "
				+ "%.0f s)").formatted(ProvinceScaleBenchmark.RUNS_KEPT_OF_A_YEAR, codes.size(), written, loadSeconds),
				"| Read | p50 / p95 before (ms) | p50 / p95 after (ms) | Ratio (p50, after ÷ before) |",
				"|---|---:|---:|---:|");
		report.row("100 targets of a plan with units, latest evaluation and open alert",
				"%.1f / %.1f".formatted(pageBefore.percentile(50), pageBefore.percentile(95)),
				"%.1f / %.1f".formatted(pageAfter.percentile(50), pageAfter.percentile(95)),
				"%.2f".formatted(pageAfter.percentile(50) / pageBefore.percentile(50)));
		report.row("ranking of the 63 provinces in 2022 with their 8 field scores",
				"%.1f / %.1f".formatted(rankingBefore.percentile(50), rankingBefore.percentile(95)),
				"%.1f / %.1f".formatted(rankingAfter.percentile(50), rankingAfter.percentile(95)),
				"%.2f".formatted(rankingAfter.percentile(50) / rankingBefore.percentile(50)));
		report.save(reportFile);
	}

	private void countSeries(BenchmarkServer server) throws IOException, InterruptedException {
		HttpResponse<String> scrape = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		List<String> series = scrape.body().lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		long par = series.stream().filter(line -> line.startsWith("par_")).count();
		long perTarget = series.stream().filter(line -> line.contains("target=\"")).count();
		report.section("Prometheus at national scale (/actuator/prometheus)", "| Measure | Value |", "|---|---:|");
		report.row("series, all", "%,d".formatted(series.size()));
		report.row("series, `par_`", "%,d".formatted(par));
		report.row("of which per target (`target` label)", "%,d".formatted(perTarget));
		report.row("scrape size (bytes)", "%,d".formatted(scrape.body().length()));
		assertThat(series.size()).as("series against the national budget").isLessThanOrEqualTo(NATIONAL_SERIES_BUDGET);
		report.save(reportFile);
	}

	private void timeBatches(GraphQlHttpClient client, String step, String document, String variable,
			List<Map<String, Object>> items, int batchSize) {
		long started = System.nanoTime();
		int requests = 0;
		for (int from = 0; from < items.size(); from += batchSize) {
			client.execute(document, Map.of(variable, items.subList(from, Math.min(items.size(), from + batchSize))));
			requests++;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		report.row(step, requests, "%,d".formatted(items.size()), "%.1f".formatted(seconds),
				"%.0f".formatted(items.size() / seconds));
		report.save(reportFile);
	}

	private static BigDecimal decimal(Object value) {
		return value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(value.toString());
	}

	static final String RANKING = """
			{ ranking(methodologyCode: "PROVINCE-2022", year: 2022, first: 100) { totalCount edges { node {
			  rank tied indexPercent unit { code shortName }
			  assessment { points fields { criterion { code } points maximumPoints } } } } } }""";

	static final String TARGET_PAGE = """
			{ targets(filter: { planCode: "NS-2023-01" }, first: 100) { totalCount edges { node {
			  code targetValue subjectUnit { code shortName parent { code } } responsibleUnit { code }
			  latestEvaluation { status actual expected projected gap } openAlert { severity state } } } } }""";

}
