package vn.parmonitor.forecast;

import vn.parmonitor.assessment.ScoreStage;

/**
 * A forecast to make.
 *
 * @param methodologyCode the methodology, or null for the one that scores the unit's kind that year
 * @param knownStage the latest stage of this year's scores taken as known (null: all recorded); a back-test asks for
 *     SELF to forecast as if the appraisal had not happened yet
 * @param withinParent whether the rank is among the units of the same parent (a province's districts) or among all
 *     units the methodology scores
 */
public record ForecastRequest(String unitCode, int year, String methodologyCode, ScoreStage knownStage,
		boolean withinParent) {
}
