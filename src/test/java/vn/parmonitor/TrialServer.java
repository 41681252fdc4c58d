package vn.parmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server in a process of its own on the embedded H2 store, for crash trials: no demo data, no scheduled
 * runs (only the start-up evaluation), an ADMIN token, and optionally every evaluation held open
 * ({@link HangingEvaluation}).
 */
public final class TrialServer implements AutoCloseable {

	public static final String ADMIN_TOKEN = "crash-trial-admin-token-0123456789";

	private final ChildJvm process;

	private final RawHttp http;

	private TrialServer(ChildJvm process, RawHttp http) {
		this.process = process;
		this.http = http;
	}

	/** Starts a server on a free port over {@code file}, its output in {@code log}; returns once it answers. */
	public static TrialServer start(Path log, String file, boolean holdEvaluations) {
		int port = freePort();
		List<String> args = new ArrayList<>(List.of("--server.address=127.0.0.1", "--server.port=" + port,
				"--par.embedded-store.file=" + file, "--par.demo-data.enabled=false",
				"--par.evaluation.cron=0 0 0 1 1 ? 2099", "--par.metrics.refresh-interval=PT1H",
				"--par.security.tokens[0].name=crash-trial-admin", "--par.security.tokens[0].token=" + ADMIN_TOKEN,
				"--par.security.tokens[0].role=ADMIN", "--logging.level.root=WARN"));
		if (holdEvaluations) {
			args.add("--spring.main.sources=" + HangingEvaluation.class.getName());
		}
		TrialServer server = new TrialServer(ChildJvm.start(log, ParMonitorApplication.class.getName(), args),
				new RawHttp(port));
		server.process.await("the server answering", server::answers);
		return server;
	}

	public ChildJvm process() {
		return process;
	}

	/** Waits until readiness is UP: the start-up evaluation has ended. */
	public void awaitReady() {
		process.await("readiness", () -> http.get("/actuator/health/readiness").status() == 200);
	}

	/** Waits until the start-up evaluation is held open (with {@code holdEvaluations}). */
	public void awaitEvaluationHeld() {
		process.await("the start-up evaluation at work", () -> process.line(HangingEvaluation.HOLDING) != null);
	}

	/** A GraphQL request as ADMIN, which must answer 200 without errors. */
	public JsonNode query(String query) {
		RawHttp.Response response = http.graphQl(query, "Authorization", "Bearer " + ADMIN_TOKEN);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().has("errors")).as(response.body()).isFalse();
		return response.json();
	}

	public JsonNode mutation(String fields) {
		return query("mutation { " + fields + " }");
	}

	/** The latest evaluation runs, newest first. */
	public List<JsonNode> runs() {
		List<JsonNode> runs = new ArrayList<>();
		query("{ evaluationRuns(first: 5) { edges { node { trigger state error } } } }").at("/data/evaluationRuns/edges")
			.forEach(edge -> runs.add(edge.get("node")));
		return runs;
	}

	/** SIGKILL, as a crash. */
	public void kill() {
		process.kill();
	}

	@Override
	public void close() {
		process.close();
	}

	private boolean answers() {
		try {
			return http.get("/actuator/health/liveness").status() == 200;
		}
		catch (UncheckedIOException notListeningYet) {
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
