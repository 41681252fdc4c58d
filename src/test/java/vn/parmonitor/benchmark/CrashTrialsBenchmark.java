package vn.parmonitor.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.parmonitor.TrialServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty SIGKILLs of the real server on the default embedded store (H2 file), each right after answered mutations;
 * every other life is killed while its start-up evaluation is held open. Each next life checks that every answered
 * write of the lives before it is there, that no run stays RUNNING, and (after a killed evaluation) that its own
 * start-up evaluation ran at once. Run with {@code mvn -Pbenchmark test -Dtest=CrashTrialsBenchmark}; the report goes
 * to {@code target/benchmarks/crash-trials.md}. The suite's CrashRecoveryTest does two lives of this.
 */
@Tag("benchmark")
class CrashTrialsBenchmark {

	private static final int KILLS = 20;

	private static final int WRITES_PER_LIFE = 5;

	@TempDir
	Path folder;

	@Test
	void twentyKillsOfTheServerLoseNoAnsweredWriteAndLeaveNoRunBehind() {
		String file = folder.resolve("par.mv").toString();
		List<String> answered = new ArrayList<>();
		int missing = 0;
		int runsLeftRunning = 0;
		int evaluatedAtOnce = 0;
		int killedEvaluations = 0;
		long started = System.nanoTime();
		for (int life = 0; life <= KILLS; life++) {
			boolean holdEvaluation = life % 2 == 0 && life < KILLS;
			try (TrialServer server = TrialServer.start(folder.resolve("life-" + life + ".log"), file, holdEvaluation)) {
				if (holdEvaluation) {
					server.awaitEvaluationHeld();
				}
				else {
					server.awaitReady();
					List<JsonNode> runs = server.runs();
					if (life > 0 && runs.size() >= 2 && runs.get(0).get("state").asString().equals("SUCCEEDED")
							&& runs.get(1).get("state").asString().equals("ABANDONED")) {
						evaluatedAtOnce++;
					}
				}
				missing += missing(server, answered);
				runsLeftRunning += (int) server.runs().stream()
					.skip(holdEvaluation ? 1 : 0) // this life's own held run
					.filter(run -> run.get("state").asString().equals("RUNNING"))
					.count();
				if (life == KILLS) {
					break;
				}
				String unit = "CR-" + life;
				server.mutation("upsertUnits(input: { units: [{ code: \"" + unit + "\", name: \"Tỉnh " + life
						+ "\", kind: PROVINCE }] }) { userErrors { message } }");
				for (int i = 0; i < WRITES_PER_LIFE; i++) {
					JsonNode set = server.mutation("setUnitContacts(input: { unitCode: \"" + unit + "\", emails: [\"o-" + i
							+ "@cr.gov.vn\"] }) { contacts { emails } }");
					assertThat(set.at("/data/setUnitContacts/contacts/emails/0").asString()).isEqualTo("o-" + i + "@cr.gov.vn");
				}
				answered.add(unit);
				killedEvaluations += holdEvaluation ? 1 : 0;
				server.kill();
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;

		BenchmarkReport report = new BenchmarkReport("Crash trials: SIGKILL right after answered writes");
		report.line("The real server on the embedded H2 store, killed " + KILLS + " times, each time right after the "
				+ "answer to its last mutation (a unit and " + WRITES_PER_LIFE + " contact changes per life); "
				+ killedEvaluations + " of the kills also cut a running start-up evaluation. " + seconds + " s in all.");
		report.section("Results", "| kills | answered units checked | missing | runs left RUNNING | restarts after a "
				+ "killed evaluation that evaluated at once |", "|---:|---:|---:|---:|---:|");
		report.row(KILLS, answered.size(), missing, runsLeftRunning, evaluatedAtOnce + " of " + killedEvaluations);
		report.write(Path.of("target/benchmarks/crash-trials.md"));

		assertThat(missing).isZero();
		assertThat(runsLeftRunning).isZero();
		assertThat(evaluatedAtOnce).isEqualTo(killedEvaluations);
	}

	/** How many of the answered units lack their last contacts. */
	private static int missing(TrialServer server, List<String> answered) {
		int missing = 0;
		for (String unit : answered) {
			JsonNode contacts = server.query("{ unit(code: \"" + unit + "\") { contacts { emails } } }");
			if (!("o-" + (WRITES_PER_LIFE - 1) + "@cr.gov.vn").equals(contacts.at("/data/unit/contacts/emails/0").asString())) {
				missing++;
			}
		}
		return missing;
	}

}
