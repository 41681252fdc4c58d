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
			case UNIT_INDEX -> projected(measurement, forecast.index(), null, null, "forecast "
					+ forecast.summary(), BigDecimal.ZERO, BigDecimal.valueOf(100), today);
			case NODE_POINTS -> {
				Range node = forecast.nodes().get(target.nodeCode());
				yield node == null ? null
						: projected(measurement, node, null, null, "the forecast points of " + target.nodeCode() + " are "
								+ node + " of " + forecast.tree().node(target.nodeCode()).orElseThrow().maxPoints()
									.stripTrailingZeros().toPlainString() + "; " + forecast.summary(),
								BigDecimal.ZERO, forecast.tree().node(target.nodeCode()).orElseThrow().maxPoints(), today);
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
		return projected(measurement, ranks, cutoff == null ? null : cutoff.indexPercent(), chance, summary,
				BigDecimal.ONE, BigDecimal.valueOf(rank.of()), today);
	}

	/**
	 * The measurement projected by the forecast; without usable data, the forecast's likely value becomes the
	 * provisional actual.
	 */
	private static Measurement projected(Measurement measurement, Range forecast, BigDecimal cutoff, BigDecimal chance,
			String summary, BigDecimal min, BigDecimal max, LocalDate today) {
		ForecastTrace trace = new ForecastTrace(forecast.likely(), forecast.low(), forecast.high(), cutoff, chance, summary);
		if (measurement != null && measurement.hasData()) {
			return measurement.projectedBy(trace);
		}
		BigDecimal likely = forecast.likely();
		return new Measurement(likely, today, false, List.of(new Measurement.TrendPoint(today, likely)), min, max, null,
				List.of(), null, null, "provisional: no usable data this year yet"
						+ (measurement == null || measurement.noDataReason() == null ? "" : " (" + measurement.noDataReason() + ")")
						+ "; the value is the forecast",
				null, trace);
	}

}
