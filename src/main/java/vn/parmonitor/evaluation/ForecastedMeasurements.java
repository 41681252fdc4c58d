package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.parmonitor.forecast.ForecastRequest;
import vn.parmonitor.forecast.ForecastService;
import vn.parmonitor.forecast.IndexForecast;
import vn.parmonitor.forecast.PathLever;
import vn.parmonitor.forecast.PathPlanner;
import vn.parmonitor.forecast.PathToTarget;
import vn.parmonitor.forecast.Range;
import vn.parmonitor.forecast.RankForecast;
import vn.parmonitor.plan.RankScope;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetKind;

/**
 * Index, points and rank targets are projected by the year-end forecast (README, "Forecast"), not by carrying
 * the stage's value forward; where this year has no usable data yet (no scores; too few peers scored for a rank),
 * the forecast is the provisional value itself, so such a target is judged during the year instead of waiting for
 * NO_DATA to end in April. One bulk forecast for all the run's targets.
 */
@Component
class ForecastedMeasurements {

	/** How many steps of the path to a target an evaluation keeps (and the board shows). */
	static final int PATH_STEPS = 10;

	private final ForecastService forecasts;

	ForecastedMeasurements(ForecastService forecasts) {
		this.forecasts = forecasts;
	}

	/** The measurements of {@code targets}, projected by their forecasts where one can be made. */
	Map<String, Measurement> project(List<Target> targets, Map<String, Measurement> measured, Instant asOf,
			LocalDate today) {
		Map<Target, ForecastRequest> requests = new HashMap<>();
		for (Target target : targets) {
			if (target.kind() != TargetKind.INDICATOR) {
				requests.put(target, new ForecastRequest(target.subjectUnitCode(), target.year(), target.methodologyCode(),
						null, target.rankScope() == RankScope.WITHIN_PARENT));
			}
		}
		Map<ForecastRequest, IndexForecast> found = forecasts.forecast(new HashSet<>(requests.values()), asOf);
		Map<String, Measurement> projected = new HashMap<>(measured);
		requests.forEach((target, request) -> {
			IndexForecast forecast = found.get(request);
			Measurement measurement = measured.get(target.code());
			if (forecast != null) {
				Measurement withForecast = project(target, forecast, measurement, today);
				if (withForecast != null) {
					projected.put(target.code(), withForecast);
				}
			}
		});
		return projected;
	}

	private static Measurement project(Target target, IndexForecast forecast, Measurement measurement, LocalDate today) {
		return switch (target.kind()) {
			case UNIT_INDEX -> projected(measurement, trace(forecast.index(), null, null, "forecast " + forecast.summary(),
					PathPlanner.plan(forecast, target.targetValue(), "index " + plain(target.targetValue()) + "%", null)),
					BigDecimal.ZERO, BigDecimal.valueOf(100), today);
			case NODE_POINTS -> {
				Range node = forecast.nodes().get(target.nodeCode());
				if (node == null) {
					yield null;
				}
				BigDecimal maximum = forecast.tree().node(target.nodeCode()).orElseThrow().maxPoints();
				PathToTarget path = PathPlanner.plan(forecast, target.nodeCode(), target.targetValue().min(maximum),
						plain(target.targetValue()) + " points in " + target.nodeCode(), null);
				yield projected(measurement, trace(node, null, null, "the forecast points of " + target.nodeCode() + " are "
						+ node + " of " + plain(maximum) + "; " + forecast.summary(), path), BigDecimal.ZERO, maximum, today);
			}
			case UNIT_RANK -> rank(target, forecast, measurement, today);
			case INDICATOR -> null;
		};
	}

	private static Measurement rank(Target target, IndexForecast forecast, Measurement measurement, LocalDate today) {
		RankForecast rank = forecast.rank();
		if (rank == null) {
			return null;
		}
		int wanted = target.targetValue().intValue();
		RankForecast.Cutoff cutoff = rank.cutoff(wanted);
		BigDecimal chance = rank.chanceOfRank(wanted);
		String needs = cutoff == null ? "rank " + wanted + " is assured with " + rank.of() + " units ranked"
				: "rank " + wanted + " needs ≈ " + cutoff.indexPercent().toPlainString() + "% (the likely index of the unit "
						+ "expected " + RankForecast.ordinal(wanted) + " among the others)";
		String summary = "forecast " + rank + (rank.parentCode() == null ? "" : " within unit " + rank.parentCode()) + "; "
				+ needs + "; with the forecast index " + forecast.index() + "%, a "
				+ chance.movePointRight(2).stripTrailingZeros().toPlainString() + "% chance of reaching it";
		Range ranks = new Range(BigDecimal.valueOf(rank.likely()), BigDecimal.valueOf(rank.best()),
				BigDecimal.valueOf(rank.worst()));
		PathToTarget path = PathPlanner.plan(forecast, cutoff == null ? BigDecimal.ZERO : cutoff.indexPercent(),
				"rank " + wanted, cutoff);
		return projected(measurement, trace(ranks, cutoff == null ? null : cutoff.indexPercent(), chance, summary, path),
				BigDecimal.ONE, BigDecimal.valueOf(rank.of()), today);
	}

	/** The forecast as the evaluation keeps it, with the first steps of its path. */
	private static ForecastTrace trace(Range forecast, BigDecimal cutoff, BigDecimal chance, String summary,
			PathToTarget path) {
		List<ForecastTrace.Step> steps = path.steps().stream()
			.limit(PATH_STEPS)
			.map(step -> new ForecastTrace.Step(step.forecast().component().code(), step.lever(), step.stepGain(),
					step.cumulativeGain(), step.closesGap(), step.leadAgencyCode(),
					step.lever() == PathLever.INDICATOR ? step.forecast().indicatorCode() : null, step.neededValue(),
					step.takes()))
			.toList();
		return new ForecastTrace(forecast.likely(), forecast.low(), forecast.high(), cutoff, chance, summary,
				path.pointsMissing(), steps);
	}

	/**
	 * The measurement projected by the forecast; without usable data, the forecast's likely value becomes the
	 * provisional actual.
	 */
	private static Measurement projected(Measurement measurement, ForecastTrace trace, BigDecimal min, BigDecimal max,
			LocalDate today) {
		if (measurement != null && measurement.hasData()) {
			return measurement.projectedBy(trace);
		}
		BigDecimal likely = trace.likely();
		return new Measurement(likely, today, false, List.of(new Measurement.TrendPoint(today, likely)), min, max, null,
				List.of(), null, null, "provisional: no usable data this year yet"
						+ (measurement == null || measurement.noDataReason() == null ? "" : " (" + measurement.noDataReason() + ")")
						+ "; the value is the forecast",
				null, trace);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
