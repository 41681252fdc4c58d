package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetComparator;

/**
 * The evaluation rules, pure and documented in the README:
 * <ul>
 * <li>expected by now: linear from the baseline to the target at the deadline, through the milestones;</li>
 * <li>projection at the deadline: for index, points and rank targets the year-end forecast; else the least-squares
 * trend of the recent values, kept within what is possible; with fewer than two values the actual is carried
 * forward;</li>
 * <li>progress = (value − baseline) ÷ (target − baseline), the share of the planned change achieved;</li>
 * <li>status: NO_DATA without data; ACHIEVED when met on final data (met on provisional data is ON_TRACK, unless
 * the year-end forecast misses the target: then it is judged like an unmet one); OFF_TRACK
 * when the deadline passed unmet; otherwise the worse of two judgements: by schedule (actual progress against
 * expected progress) and by trend or forecast (projected progress against 1). Short by at most the on-track
 * tolerance: ON_TRACK; by at most the off-track lag: AT_RISK; by more: OFF_TRACK, except that a forecast whose
 * range still reaches the target at its favourable end is AT_RISK.</li>
 * </ul>
 */
final class ProgressRules {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final BigDecimal onTrackTolerance;

	private final BigDecimal offTrackLag;

	private final int trendWindow;

	ProgressRules(EvaluationProperties properties) {
		this(properties.onTrackTolerance(), properties.offTrackLag(), properties.trendWindow());
	}

	ProgressRules(BigDecimal onTrackTolerance, BigDecimal offTrackLag, int trendWindow) {
		this.onTrackTolerance = onTrackTolerance;
		this.offTrackLag = offTrackLag;
		this.trendWindow = trendWindow;
	}

	Outcome evaluate(Target target, Measurement measurement, LocalDate today) {
		BigDecimal expected = expected(target, today);
		if (!measurement.hasData()) {
			return new Outcome(TargetStatus.NO_DATA, null, expected, null, null, null, progress(target, expected), null,
					null, 0, measurement.noDataReason());
		}
		BigDecimal actual = measurement.actual();
		Projection projection = project(measurement, target.deadline());
		BigDecimal gap = gap(target, actual);
		BigDecimal actualProgress = progress(target, actual);
		BigDecimal expectedProgress = progress(target, expected);
		BigDecimal projectedProgress = progress(target, projection.value());
		boolean met = target.comparator().met(actual, target.targetValue());
		// A provisional value that meets the target counts as met only if the year-end forecast meets it too.
		boolean forecastMisses = measurement.forecast() != null
				&& !target.comparator().met(measurement.forecast().likely(), target.targetValue());
		TargetStatus status;
		String reason;
		if (met && measurement.finalValue()) {
			status = TargetStatus.ACHIEVED;
			reason = "met on final data";
		}
		else if (met && !forecastMisses) {
			status = TargetStatus.ON_TRACK;
			reason = "met on provisional data, not yet final";
			if (measurement.forecast() != null) {
				reason += "; " + measurement.forecast().summary();
			}
		}
		else if (today.isAfter(target.deadline())) {
			status = TargetStatus.OFF_TRACK;
			reason = "the deadline " + target.deadline() + " passed with the target unmet";
		}
		else {
			TargetStatus bySchedule = judge(actualProgress, expectedProgress);
			reason = "progress " + percent(actualProgress) + " of the planned change against " + percent(expectedProgress)
					+ " expected by now (" + bySchedule + ")";
			status = bySchedule;
			if (measurement.forecast() != null) {
				TargetStatus byForecast = byForecast(target, measurement.forecast(), projectedProgress);
				reason += "; the forecast reaches " + percent(projectedProgress) + " by " + target.deadline() + " ("
						+ byForecast + ")";
				status = TargetStatus.worse(bySchedule, byForecast);
			}
			else if (projection.trendPoints() >= 2) {
				TargetStatus byTrend = judge(projectedProgress, BigDecimal.ONE);
				reason += "; the trend reaches " + percent(projectedProgress) + " by " + target.deadline() + " ("
						+ byTrend + ")";
				status = TargetStatus.worse(bySchedule, byTrend);
			}
			if (measurement.forecast() != null) {
				reason += "; " + measurement.forecast().summary();
			}
		}
		return new Outcome(status, actual, expected, projection.value(), gap, actualProgress, expectedProgress,
				projectedProgress, projection.method(), projection.trendPoints(), reason);
	}

	/**
	 * The judgement by the year-end forecast: its likely value judged like a trend's, except that a target the
	 * favourable end of the forecast's range still reaches is at risk, not off track (it is within what may happen).
	 */
	private TargetStatus byForecast(Target target, ForecastTrace forecast, BigDecimal projectedProgress) {
		TargetStatus byLikely = judge(projectedProgress, BigDecimal.ONE);
		BigDecimal favourable = target.comparator() == TargetComparator.AT_LEAST ? forecast.high() : forecast.low();
		if (byLikely == TargetStatus.OFF_TRACK && target.comparator().met(favourable, target.targetValue())) {
			return TargetStatus.AT_RISK;
		}
		return byLikely;
	}

	/** How far {@code progress} falls short of {@code due}: within tolerance, within lag, or beyond. */
	private TargetStatus judge(BigDecimal progress, BigDecimal due) {
		if (progress == null || due == null) {
			return TargetStatus.ON_TRACK;
		}
		BigDecimal shortfall = due.subtract(progress);
		if (shortfall.compareTo(onTrackTolerance) <= 0) {
			return TargetStatus.ON_TRACK;
		}
		return shortfall.compareTo(offTrackLag) <= 0 ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
	}

	/** The value expected on {@code day}: linear between baseline, milestones and target at the deadline. */
	static BigDecimal expected(Target target, LocalDate day) {
		List<Target.Milestone> path = new ArrayList<>();
		path.add(new Target.Milestone(target.baseline().date(), target.baseline().value()));
		path.addAll(target.milestones());
		path.add(new Target.Milestone(target.deadline(), target.targetValue()));
		if (!day.isAfter(path.get(0).date())) {
			return scale(path.get(0).value());
		}
		for (int i = 1; i < path.size(); i++) {
			Target.Milestone from = path.get(i - 1);
			Target.Milestone to = path.get(i);
			if (!day.isAfter(to.date())) {
				long span = ChronoUnit.DAYS.between(from.date(), to.date());
				long elapsed = ChronoUnit.DAYS.between(from.date(), day);
				BigDecimal share = BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(span), PRECISION);
				return scale(from.value().add(to.value().subtract(from.value()).multiply(share)));
			}
		}
		return scale(target.targetValue());
	}

	/**
	 * The year-end forecast when the measurement has one; else the least-squares line through the last values, read at
	 * the deadline and kept within the possible range.
	 */
	Projection project(Measurement measurement, LocalDate deadline) {
		if (measurement.forecast() != null) {
			return new Projection(scale(measurement.forecast().likely()), "FORECAST", 0);
		}
		List<Measurement.TrendPoint> points = measurement.trend();
		if (points.size() > trendWindow) {
			points = points.subList(points.size() - trendWindow, points.size());
		}
		long distinctDays = points.stream().map(Measurement.TrendPoint::date).distinct().count();
		if (distinctDays < 2) {
			return new Projection(scale(measurement.actual()), "CARRIED_FORWARD", 1);
		}
		LocalDate origin = points.get(0).date();
		double n = points.size();
		double sumX = 0;
		double sumY = 0;
		double sumXX = 0;
		double sumXY = 0;
		for (Measurement.TrendPoint point : points) {
			double x = ChronoUnit.DAYS.between(origin, point.date());
			double y = point.value().doubleValue();
			sumX += x;
			sumY += y;
			sumXX += x * x;
			sumXY += x * y;
		}
		double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
		double intercept = (sumY - slope * sumX) / n;
		double atDeadline = intercept + slope * ChronoUnit.DAYS.between(origin, deadline);
		BigDecimal value = BigDecimal.valueOf(atDeadline);
		if (measurement.max() != null && value.compareTo(measurement.max()) > 0) {
			value = measurement.max();
		}
		if (measurement.min() != null && value.compareTo(measurement.min()) < 0) {
			value = measurement.min();
		}
		return new Projection(scale(value), "LINEAR_TREND", points.size());
	}

	/** The share of the planned change (baseline → target) that {@code value} represents. */
	static BigDecimal progress(Target target, BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal planned = target.targetValue().subtract(target.baseline().value());
		if (planned.signum() == 0) {
			return target.comparator().met(value, target.targetValue()) ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return value.subtract(target.baseline().value()).divide(planned, 4, RoundingMode.HALF_UP);
	}

	/** How far the actual is from the target: positive while short of it, negative beyond it. */
	static BigDecimal gap(Target target, BigDecimal actual) {
		BigDecimal gap = target.comparator() == TargetComparator.AT_LEAST ? target.targetValue().subtract(actual)
				: actual.subtract(target.targetValue());
		return scale(gap);
	}

	private static BigDecimal scale(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private static String percent(BigDecimal share) {
		return share == null ? "n/a" : share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	/** A projection at the deadline and how it was made. */
	record Projection(BigDecimal value, String method, int trendPoints) {
	}

	/** The judgement of one target. */
	record Outcome(TargetStatus status, BigDecimal actual, BigDecimal expected, BigDecimal projected, BigDecimal gap,
			BigDecimal actualProgress, BigDecimal expectedProgress, BigDecimal projectedProgress,
			String projectionMethod, int trendPoints, String explanation) {
	}

}
