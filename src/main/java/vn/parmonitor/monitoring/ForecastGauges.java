package vn.parmonitor.monitoring;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import vn.parmonitor.evaluation.ForecastTrace;
import vn.parmonitor.evaluation.TargetEvaluation;

/**
 * The year-end forecast of each index, points and rank target at the latest evaluation, in the target's own measure
 * (index %, points, rank; like {@code par_target_value}), and the first steps of its path: what the Steering
 * Committee's board draws as the forecast band, the cut-off and the "who must act" table. Same labels as the other
 * per-target series; at most 3 bounds + cut-off + chance + missing + {@value #PATH_STEPS} steps = 11 series a target
 * (the evaluation keeps ten steps; GraphQL shows them all, with what each takes).
 */
class ForecastGauges {

	static final int PATH_STEPS = 5;

	private final MultiGauge forecast;

	private final MultiGauge cutoff;

	private final MultiGauge chance;

	private final MultiGauge missing;

	private final MultiGauge stepGain;

	ForecastGauges(MeterRegistry registry) {
		forecast = MultiGauge.builder("par.target.forecast")
			.description("Year-end forecast of an index, points or rank target in its own measure; bound: likely, low, high "
					+ "(for a rank, low is the best rank)")
			.register(registry);
		cutoff = MultiGauge.builder("par.target.forecast.cutoff")
			.description("For a rank target: the index (%) its rank needs, the likely index of the peer expected there")
			.register(registry);
		chance = MultiGauge.builder("par.target.forecast.chance").baseUnit("ratio")
			.description("For a rank target: the chance of reaching its rank (0 to 1)")
			.register(registry);
		missing = MultiGauge.builder("par.target.forecast.missing").baseUnit("points")
			.description("Points the likely forecast misses the target (or the rank's cut-off) by; 0 when it reaches it")
			.register(registry);
		stepGain = MultiGauge.builder("par.target.path.step.gain").baseUnit("points")
			.description("The first steps of the path to a target: the points each gains (step 1 gains most)")
			.register(registry);
	}

	void update(List<Labelled> evaluations) {
		List<MultiGauge.Row<?>> forecastRows = new ArrayList<>();
		List<MultiGauge.Row<?>> cutoffRows = new ArrayList<>();
		List<MultiGauge.Row<?>> chanceRows = new ArrayList<>();
		List<MultiGauge.Row<?>> missingRows = new ArrayList<>();
		List<MultiGauge.Row<?>> gainRows = new ArrayList<>();
		for (Labelled labelled : evaluations) {
			ForecastTrace trace = labelled.evaluation().provenance() == null ? null
					: labelled.evaluation().provenance().forecast();
			if (trace == null) {
				continue;
			}
			Tags tags = labelled.tags();
			forecastRows.add(MultiGauge.Row.of(tags.and("bound", "likely"), trace.likely().doubleValue()));
			forecastRows.add(MultiGauge.Row.of(tags.and("bound", "low"), trace.low().doubleValue()));
			forecastRows.add(MultiGauge.Row.of(tags.and("bound", "high"), trace.high().doubleValue()));
			if (trace.cutoffIndexPercent() != null) {
				cutoffRows.add(MultiGauge.Row.of(tags, trace.cutoffIndexPercent().doubleValue()));
			}
			if (trace.chance() != null) {
				chanceRows.add(MultiGauge.Row.of(tags, trace.chance().doubleValue()));
			}
			if (trace.pointsMissing() != null) {
				missingRows.add(MultiGauge.Row.of(tags, trace.pointsMissing().doubleValue()));
			}
			for (int i = 0; i < Math.min(PATH_STEPS, trace.path().size()); i++) {
				ForecastTrace.Step step = trace.path().get(i);
				Tags stepTags = tags.and("step", String.format("%02d", i + 1), "component", step.componentCode(), "lever",
						step.lever().name(), "agency", step.leadAgencyCode() == null ? "" : step.leadAgencyCode(), "indicator",
						step.indicatorCode() == null ? "" : step.indicatorCode());
				gainRows.add(MultiGauge.Row.of(stepTags, step.stepGain().doubleValue()));
			}
		}
		forecast.register(forecastRows, true);
		cutoff.register(cutoffRows, true);
		chance.register(chanceRows, true);
		missing.register(missingRows, true);
		stepGain.register(gainRows, true);
	}

	/** An evaluation and the per-target labels it is exposed under. */
	record Labelled(TargetEvaluation evaluation, Tags tags) {
	}

}
