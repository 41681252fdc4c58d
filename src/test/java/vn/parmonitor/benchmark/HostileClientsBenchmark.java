package vn.parmonitor.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four hostile clients at once, each with a token of its own, send the request shapes that once took the server
 * down (thirty aliased copies of the expensive ranking, a thousand aliases of a root field, 1,071 rankings, a query
 * nested too deep, a 3 MB body, broken JSON, mutations over GET, a legitimately heavy query as fast as they can),
 * while another client keeps asking a cheap question. It asserts that the server stays up, that every hostile
 * request is answered with a named refusal (or, for the legitimate one, with its data), never a 5xx, and that the
 * cheap query keeps answering within 100 ms (p95). Loopback only, bounded in time; the server runs with the default
 * limits. Run with {@code mvn -Pbenchmark test}; the report goes to {@code target/benchmarks/hostile-clients.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "par.embedded-store.backend=memory", "par.scheduling.enabled=false",
				"par.evaluation.run-on-startup=false", "logging.level.vn.parmonitor=WARN",
				"par.security.tokens[0].name=probe", "par.security.tokens[0].token=" + HostileClientsBenchmark.PROBE,
				"par.security.tokens[0].role=ADMIN",
				// The probe is a dashboard with a quota of its own; the hostile clients have the defaults.
				"par.limits.clients.probe.requests-per-minute=100000", "par.security.tokens[1].name=hostile-1",
				"par.security.tokens[1].token=hostile-token-1-0123456789", "par.security.tokens[1].role=ADMIN",
				"par.security.tokens[2].name=hostile-2", "par.security.tokens[2].token=hostile-token-2-0123456789",
				"par.security.tokens[2].role=ADMIN", "par.security.tokens[3].name=hostile-3",
				"par.security.tokens[3].token=hostile-token-3-0123456789", "par.security.tokens[3].role=ADMIN",
				"par.security.tokens[4].name=hostile-4", "par.security.tokens[4].token=hostile-token-4-0123456789",
				"par.security.tokens[4].role=ADMIN" })
@ActiveProfiles("demo")
class HostileClientsBenchmark {

	static final String PROBE = "probe-token-0123456789";

	static final Duration ATTACK = Duration.ofSeconds(30);

	static final String CHEAP = "{ unit(code: \"20\") { name parent { name } } }";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	final BenchmarkReport report = new BenchmarkReport("Hostile clients");

	final Map<String, LongAdder> answers = new ConcurrentHashMap<>();

	final List<String> unnamed = java.util.Collections.synchronizedList(new ArrayList<>());

	@Test
	void theServerStaysUpAndACheapQueryStaysFastWhileFourHostileClientsSend() throws Exception {
		List<Shape> shapes = shapes();
		LatencySample alone = LatencySample.of(50, 300, () -> probe());
		report.line("Server: embedded store (memory backend), demo data, default limits; Java " + Runtime.version() + ", "
				+ Runtime.getRuntime().availableProcessors() + " processors. Four hostile clients for " + ATTACK.toSeconds()
				+ " s, each cycling through " + shapes.size() + " request shapes as fast as answers come; one probe client.");

		AtomicBoolean attacking = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		List<Future<?>> hostile = new ArrayList<>();
		LongAdder hostileRequests = new LongAdder();
		for (int client = 1; client <= 4; client++) {
			String token = "hostile-token-" + client + "-0123456789";
			int offset = client;
			hostile.add(pool.submit(() -> {
				for (int i = offset; attacking.get(); i++) {
					Shape shape = shapes.get(i % shapes.size());
					record(shape, shape.send(this, token));
					hostileRequests.increment();
				}
				return null;
			}));
		}
		long started = System.nanoTime();
		List<Double> underAttack = new ArrayList<>();
		while (System.nanoTime() - started < ATTACK.toNanos()) {
			long sent = System.nanoTime();
			probe();
			underAttack.add((System.nanoTime() - sent) / 1e6);
			Thread.sleep(20); // a dashboard polling, not a flood: the probe is one client among others
		}
		attacking.set(false);
		for (Future<?> client : hostile) {
			client.get();
		}
		pool.shutdown();
		LatencySample attacked = LatencySample.of(underAttack);

		report.section("The cheap query (" + CHEAP + ")", "| | Requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |",
				"|---|---:|---:|---:|---:|---:|");
		report.row("alone", alone.count(), ms(alone.percentile(50)), ms(alone.percentile(95)), ms(alone.percentile(99)),
				ms(alone.max()));
		report.row("four hostile clients sending", attacked.count(), ms(attacked.percentile(50)),
				ms(attacked.percentile(95)), ms(attacked.percentile(99)), ms(attacked.max()));
		report.section("What the hostile clients got (" + hostileRequests.sum() + " requests in " + ATTACK.toSeconds()
				+ " s)", "| Shape | Answer | Count |", "|---|---|---:|");
		new TreeMap<>(answers).forEach((key, count) -> {
			String[] parts = key.split(" -> ", 2);
			report.row(parts[0], parts[1], count.sum());
		});
		String health = get("/actuator/health/liveness");
		report.line("");
		report.line("After the attack: liveness " + health + ".");
		report.write(Path.of("target", "benchmarks", "hostile-clients.md"));

		assertThat(health).contains("\"status\":\"UP\"");
		assertThat(unnamed).as("hostile requests answered with a 5xx or an unnamed error").isEmpty();
		assertThat(attacked.percentile(95)).as("p95 of the cheap query under attack (ms)").isLessThan(100);
	}

	private void probe() {
		HttpResponse<String> response = post(PROBE, CHEAP);
		if (response.statusCode() != 200 || !response.body().contains("Lạng Sơn")) {
			throw new IllegalStateException("the probe failed: " + response.statusCode() + " " + response.body());
		}
	}

	private void record(Shape shape, HttpResponse<String> response) {
		String answer = response.statusCode() + " " + codes(response.body());
		answers.computeIfAbsent(shape.name() + " -> " + answer, key -> new LongAdder()).increment();
		boolean named = !answer.contains("?") && !answer.contains("INTERNAL_ERROR");
		if (response.statusCode() >= 500 || !named) {
			unnamed.add(shape.name() + ": " + response.statusCode() + " " + response.body().substring(0,
					Math.min(300, response.body().length())));
		}
	}

	/** The refusal codes of a response ("data" for a success), or "?" for an error without a code. */
	private static String codes(String body) {
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return "? (not JSON)";
		}
		if (json.get("errors") == null) {
			return "data";
		}
		return json.get("errors").valueStream()
			.map(error -> error.path("extensions").path("code").asString(error.path("extensions")
				.path("classification")
				.asString("?")))
			.distinct()
			.sorted()
			.collect(Collectors.joining(", "));
	}

	HttpResponse<String> post(String token, String query) {
		return send(HttpRequest.newBuilder(endpoint())
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String get(String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))).body();
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	private static List<Shape> shapes() throws IOException {
		String everything = Files.readString(Path.of("src/test/resources/hostile/ranking-with-everything.graphql"))
			.replaceAll("#.*", "");
		String thirtyCopies = IntStream.range(0, 30).mapToObj(i -> "c" + i + ": " + everything)
			.collect(Collectors.joining(" ", "{", "}"));
		String thousandAliases = IntStream.range(0, 1000).mapToObj(i -> "u" + i + ": unit(code: \"20\") { name }")
			.collect(Collectors.joining(" ", "{", "}"));
		String rankings = IntStream.range(0, 1071)
			.mapToObj(i -> "r" + i + ": ranking(methodologyCode: \"PROVINCE-2022\", year: 2022) { totalCount }")
			.collect(Collectors.joining(" ", "{", "}"));
		String deep = "{ unit(code: \"184\") { " + "parent { ".repeat(40) + "code" + " }".repeat(40) + " } }";
		String threeMegabytes = "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \"" + "x".repeat(3 * 1024 * 1024)
				+ "\"}}";
		return List.of(new Shape("30 aliased copies of the ranking with everything",
				(bench, token) -> bench.post(token, thirtyCopies)),
				new Shape("1,000 aliases of unit", (bench, token) -> bench.post(token, thousandAliases)),
				new Shape("1,071 aliases of ranking { totalCount }", (bench, token) -> bench.post(token, rankings)),
				new Shape("42 levels deep", (bench, token) -> bench.post(token, deep)),
				new Shape("a 3 MB body", (bench, token) -> bench.send(HttpRequest.newBuilder(bench.endpoint())
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(threeMegabytes)))),
				new Shape("broken JSON", (bench, token) -> bench.send(HttpRequest.newBuilder(bench.endpoint())
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\": ")))),
				new Shape("a mutation over GET", (bench, token) -> bench.send(HttpRequest.newBuilder(URI.create(
						bench.endpoint() + "?query=mutation%7BevaluateTargets%7Brun%7Bkey%7D%7D%7D"))
					.header("Authorization", "Bearer " + token))),
				new Shape("evaluateTargets", (bench, token) -> bench.post(token,
						"mutation { evaluateTargets { run { key } } }")),
				new Shape("one ranking with everything (legitimate, heavy)", (bench, token) -> bench.post(token,
						"{" + everything + "}")));
	}

	private static String ms(double millis) {
		return "%.1f".formatted(millis);
	}

	/** One kind of hostile request. */
	record Shape(String name, Sender sender) {

		HttpResponse<String> send(HostileClientsBenchmark bench, String token) {
			return sender.send(bench, token);
		}

	}

	/** Sends one request of a shape. */
	interface Sender {

		HttpResponse<String> send(HostileClientsBenchmark bench, String token);

	}

}
