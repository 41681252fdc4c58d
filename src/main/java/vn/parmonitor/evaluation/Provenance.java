package vn.parmonitor.evaluation;

import java.util.List;

import vn.parmonitor.assessment.ScoreStage;

/**
 * What an evaluation used: observations (indicator targets) or an assessment at a stage (index, rank and points
 * targets), and how the projection was made.
 *
 * @param observationIds the observations of the trend, oldest first (the last one gives the actual value)
 * @param stage the assessment stage read; anything but a complete FINAL stage is provisional
 * @param projectionMethod {@code LINEAR_TREND} over {@code trendPoints} values, {@code CARRIED_FORWARD}, or
 *     {@code FORECAST} (index, points and rank targets: the year-end forecast)
 * @param note what a reader should know (e.g. "index over the 61.5 of 100 points self-assessed so far")
 * @param forecast the forecast the target was projected by, or null
 */
public record Provenance(String indicatorCode, List<String> observationIds, String assessmentId, ScoreStage stage,
		boolean provisional, String projectionMethod, int trendPoints, String note, ForecastTrace forecast) {

	public Provenance {
		observationIds = observationIds == null ? List.of() : List.copyOf(observationIds);
	}

}
