package vn.parmonitor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.parmonitor.ChildJvm;
import vn.parmonitor.ParMonitorApplication;
import vn.parmonitor.RawHttp;

/**
 * The server as {@code mvn spring-boot:run} runs it (demo profile, embedded store on an H2 file) in a process of its
 * own with a fixed heap, so that what it measures is the server alone: its heap (read from its GC log), its CPU time,
 * and a raw MongoDB client beside it on the embedded store's port. Evaluation only on request, notifications queued
 * but not delivered during the benchmark, per-client limits lifted for the one token that drives the load.
 */
final class BenchmarkServer implements AutoCloseable {

	static final String TOKEN = "benchmark-national-admin-token-0123456789";

	private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private final ChildJvm process;

	private final int port;

	private final int storePort;

	private final Path gcLog;

	private BenchmarkServer(ChildJvm process, int port, int storePort, Path gcLog) {
		this.process = process;
		this.port = port;
		this.storePort = storePort;
		this.gcLog = gcLog;
	}

	/**
	 * A real MongoDB to run against instead of the embedded store ({@code -Dspring.mongodb.uri=...}); its database must
	 * be one of the benchmark's own (its name holds "benchmark"), since the benchmark starts by dropping it.
	 */
	private static final String EXTERNAL_STORE = System.getProperty("spring.mongodb.uri");

	/**
	 * Options added to the server's JVM ({@code -Dpar.benchmark.server-jvm="-XX:StartFlightRecording=filename=x.jfr"},
	 * separated by spaces): a profile of the server under the benchmark's load.
	 */
	private static final List<String> EXTRA_JVM_OPTIONS = java.util.Arrays
		.stream(System.getProperty("par.benchmark.server-jvm", "").trim().split("\\s+"))
		.filter(option -> !option.isEmpty())
		.toList();

	/** Starts a server with {@code heap} (e.g. "512m") over a fresh store in {@code folder}; returns once it is ready. */
	static BenchmarkServer start(Path folder, String heap) throws IOException {
		deleteTree(folder);
		Files.createDirectories(folder);
		int port = freePort();
		int storePort = freePort();
		Path gcLog = folder.resolve("gc.log");
		List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
				// A heap that runs out leaves its contents to read (Eclipse MAT, VisualVM): what filled it.
				"-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + folder.resolve("out-of-memory.hprof")));
		jvm.addAll(EXTRA_JVM_OPTIONS);
		List<String> store = EXTERNAL_STORE == null
				? List.of("--par.embedded-store.file=" + folder.resolve("par-monitor.mv"), "--par.embedded-store.port=" + storePort)
				: List.of("--spring.mongodb.uri=" + dropped(EXTERNAL_STORE));
		List<String> args = new java.util.ArrayList<>(store);
		args.addAll(List.of("--spring.profiles.active=demo", "--server.address=127.0.0.1", "--server.port=" + port,
				"--par.evaluation.run-on-startup=false", "--par.evaluation.cron=0 0 0 1 1 ? 2099",
				"--par.notifications.delivery-interval=PT1H", "--par.security.tokens[0].name=benchmark",
				"--par.security.tokens[0].token=" + TOKEN, "--par.security.tokens[0].role=ADMIN",
				"--par.limits.requests-per-minute=10000000", "--par.limits.concurrent-requests=64",
				"--par.limits.expensive-per-minute=10000", "--logging.level.root=WARN",
				// Requests are timed, not cut: a batch over the limit would fail the benchmark instead of measuring it.
				"--par.graphql.timeout=PT30M",
				"--logging.level.vn.parmonitor.evaluation=INFO"));
		ChildJvm process = ChildJvm.start(folder.resolve("server.log"), jvm, ParMonitorApplication.class.getName(), args);
		BenchmarkServer server = new BenchmarkServer(process, port, storePort, gcLog);
		RawHttp http = new RawHttp(port);
		process.await("readiness (the demo data loaded)", () -> {
			try {
				return http.get("/actuator/health/readiness").status() == 200;
			}
			catch (UncheckedIOException notListeningYet) {
				return false;
			}
		});
		return server;
	}

	int port() {
		return port;
	}

	String storeUri() {
		return EXTERNAL_STORE != null ? EXTERNAL_STORE : "mongodb://127.0.0.1:" + storePort;
	}

	/** The database the server keeps its data in. */
	String databaseName() {
		return EXTERNAL_STORE != null ? new com.mongodb.ConnectionString(EXTERNAL_STORE).getDatabase() : "par-monitor";
	}

	/** {@code uri}, once its database (the benchmark's own, by its name) is dropped for a fresh start. */
	private static String dropped(String uri) {
		String database = new com.mongodb.ConnectionString(uri).getDatabase();
		if (database == null || !database.contains("benchmark")) {
			throw new IllegalArgumentException("-Dspring.mongodb.uri must name a database of the benchmark's own, with "
					+ "\"benchmark\" in its name (e.g. mongodb://127.0.0.1:27017/par-benchmark): the benchmark drops it "
					+ "first; got " + database);
		}
		try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
			client.getDatabase(database).drop();
		}
		return uri;
	}

	ChildJvm process() {
		return process;
	}

	/**
	 * The largest heap in use before a collection, and after one, in the GC log so far (MB); and the largest after a
	 * full collection, the live data: a young collection that cannot empty the old generation reports it full.
	 */
	HeapPeak heapPeak() {
		long before = 0;
		long after = 0;
		long afterFull = 0;
		long capacity = 0;
		try {
			for (String line : Files.readAllLines(gcLog)) {
				Matcher pause = GC_PAUSE.matcher(line);
				if (pause.find()) {
					before = Math.max(before, Long.parseLong(pause.group(1)));
					after = Math.max(after, Long.parseLong(pause.group(2)));
					capacity = Math.max(capacity, Long.parseLong(pause.group(3)));
					if (line.contains("Pause Full")) {
						afterFull = Math.max(afterFull, Long.parseLong(pause.group(2)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new HeapPeak(before, after, afterFull, capacity);
	}

	record HeapPeak(long beforeCollectionMb, long afterCollectionMb, long afterFullCollectionMb, long committedMb) {
	}

	/** Stopped as an operator stops it, so that a flight recording asked with par.benchmark.server-jvm is written. */
	@Override
	public void close() {
		process.stop(java.time.Duration.ofSeconds(60));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
