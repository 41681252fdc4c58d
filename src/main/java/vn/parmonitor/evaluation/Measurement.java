package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.parmonitor.assessment.ScoreStage;

/**
 * A target's actual value at the evaluation time, with the data it came from.
 *
 * @param actual the value, or {@code null} when there is no data ({@code noDataReason} says why)
 * @param dataDate the day the data refers to (end of the observed period, day of the last score)
 * @param finalValue whether the value is final (an observation; a complete FINAL assessment)
 * @param trend recent values for the projection, oldest first
 * @param min the lowest possible value, or {@code null}
 * @param max the highest possible value (100% for a rate, the number of peers for a rank), or {@code null}
 * @param forecast the year-end forecast that projects an index, points or rank target, or {@code null}
 */
record Measurement(BigDecimal actual, LocalDate dataDate, boolean finalValue, List<TrendPoint> trend, BigDecimal min,
		BigDecimal max, String indicatorCode, List<String> observationIds, String assessmentId, ScoreStage stage,
		String note, String noDataReason, ForecastTrace forecast) {

	static Measurement noData(String reason) {
		return new Measurement(null, null, false, List.of(), null, null, null, List.of(), null, null, null, reason, null);
	}

	/** This measurement, projected by {@code trace} rather than by its own trend. */
	Measurement projectedBy(ForecastTrace trace) {
		return new Measurement(actual, dataDate, finalValue, trend, min, max, indicatorCode, observationIds, assessmentId,
				stage, note, noDataReason, trace);
	}

	boolean hasData() {
		return actual != null;
	}

	/** A value on a day. */
	record TrendPoint(LocalDate date, BigDecimal value) {
	}

}
