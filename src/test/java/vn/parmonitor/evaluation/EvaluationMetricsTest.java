package vn.parmonitor.evaluation;

import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The last-success gauges say when the targets were last evaluated, whichever replica did it. */
class EvaluationMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final EvaluationMetrics metrics = new EvaluationMetrics(registry);

	@Test
	void aRestartedReplicaReportsTheStoredLastSuccessInsteadOfZero() {
		assertThat(lastSuccess()).isZero();

		metrics.observe(run("2023-11-10T02:00:05Z", "2023-11-10T02:00:00Z"));

		assertThat(lastSuccess()).isEqualTo(Instant.parse("2023-11-10T02:00:05Z").getEpochSecond());
		assertThat(registry.get("par.evaluation.last.success.as.of.timestamp").gauge().value())
			.isEqualTo(Instant.parse("2023-11-10T02:00:00Z").getEpochSecond());
	}

	@Test
	void anOlderRunNeverMovesTheGaugeBack() {
		metrics.observe(run("2023-11-10T03:00:05Z", "2023-11-10T03:00:00Z"));
		metrics.observe(run("2023-11-10T02:00:05Z", "2023-11-10T02:00:00Z"));

		assertThat(lastSuccess()).isEqualTo(Instant.parse("2023-11-10T03:00:05Z").getEpochSecond());
	}

	private double lastSuccess() {
		return registry.get("par.evaluation.last.success.timestamp").gauge().value();
	}

	private static EvaluationRun run(String finishedAt, String asOf) {
		Instant finished = Instant.parse(finishedAt);
		return new EvaluationRun("run-" + finishedAt, EvaluationTrigger.SCHEDULED, Instant.parse(asOf),
				finished.minusSeconds(1), finished, "replica-a", EvaluationRun.RunState.SUCCEEDED, 9, Map.of(), null, finished);
	}

}
