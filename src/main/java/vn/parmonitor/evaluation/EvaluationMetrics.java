package vn.parmonitor.evaluation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The evaluation job's own metrics: {@code par_evaluation_duration_seconds}, {@code par_evaluation_runs_total} by
 * result (this replica's runs: success, failure; abandoned counts the runs it found left behind by a replica that
 * died), {@code par_evaluation_skipped_total} by reason (runs left to another replica), and
 * {@code par_evaluation_last_success_timestamp_seconds} (the time the last
 * successful run evaluated as of is in {@code par_evaluation_last_success_as_of_timestamp_seconds}). The last-success
 * gauges follow the store, not only this replica: a replica that lost every slot to another still reports when the
 * targets were last evaluated.
 */
@Component
public class EvaluationMetrics {

	private final Timer duration;

	private final Counter succeeded;

	private final Counter failed;

	private final Counter abandoned;

	private final Counter skippedLeaseHeld;

	private final Counter skippedSlotTaken;

	private final AtomicLong lastSuccessSeconds = new AtomicLong();

	private final AtomicLong lastSuccessAsOfSeconds = new AtomicLong();

	EvaluationMetrics(MeterRegistry registry) {
		this.duration = Timer.builder("par.evaluation.duration")
			.description("Time taken by one evaluation of all active targets")
			.serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
					Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10))
			.register(registry);
		this.succeeded = Counter.builder("par.evaluation.runs")
			.description("Evaluation runs made by this replica, by result")
			.tag("result", "success")
			.register(registry);
		this.failed = Counter.builder("par.evaluation.runs")
			.description("Evaluation runs made by this replica, by result")
			.tag("result", "failure")
			.register(registry);
		this.abandoned = Counter.builder("par.evaluation.runs")
			.description("Evaluation runs made by this replica, by result")
			.tag("result", "abandoned")
			.register(registry);
		this.skippedLeaseHeld = skipped(registry, "lease_held");
		this.skippedSlotTaken = skipped(registry, "slot_taken");
		Gauge.builder("par.evaluation.last.success.timestamp", lastSuccessSeconds, AtomicLong::get)
			.description("When the last successful evaluation finished (Unix seconds; 0 before the first)")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("par.evaluation.last.success.as.of.timestamp", lastSuccessAsOfSeconds, AtomicLong::get)
			.description("The time the last successful evaluation evaluated as of (Unix seconds)")
			.baseUnit("seconds")
			.register(registry);
	}

	void succeeded(long nanos, EvaluationRun run) {
		duration.record(Duration.ofNanos(nanos));
		succeeded.increment();
		observe(run);
	}

	/** Moves the last-success gauges to {@code run} if it finished later than what they show. */
	public void observe(EvaluationRun run) {
		if (run.finishedAt() != null && run.finishedAt().getEpochSecond() >= lastSuccessSeconds.get()) {
			lastSuccessSeconds.set(run.finishedAt().getEpochSecond());
			lastSuccessAsOfSeconds.set(run.asOf().getEpochSecond());
		}
	}

	private static Counter skipped(MeterRegistry registry, String reason) {
		return Counter.builder("par.evaluation.skipped")
			.description("Evaluations this replica did not run because another replica held the lease or had run the slot")
			.tag("reason", reason)
			.register(registry);
	}

	/** This replica left a run to another: it held the lease at that moment. */
	void skippedLeaseHeld() {
		skippedLeaseHeld.increment();
	}

	/** This replica left a scheduled slot to another that had run it already. */
	void skippedSlotTaken() {
		skippedSlotTaken.increment();
	}

	/** Runs found left behind by a replica that died (counted by the replica that found them). */
	void abandoned(long count) {
		abandoned.increment(count);
	}

	void failed(long nanos) {
		duration.record(Duration.ofNanos(nanos));
		failed.increment();
	}

}
