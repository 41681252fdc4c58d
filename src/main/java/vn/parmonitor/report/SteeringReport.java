package vn.parmonitor.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the Steering Committee's report on one unit and year says, gathered from the same reads as the API: the
 * index and rank (or, before they are published, the stage recorded so far), the change from the year before, each
 * field against its maximum, the points lost by responsible agency, the targets of the unit's plans, and, while the
 * year is open, the forecast and the path to the plan's index target.
 *
 * @param stage the stage the figures are of (FINAL when published)
 * @param settled whether the figures are the FINAL ones of every component (then rank and change are shown; before,
 *     a partial stage's rank among the few units at that stage would mislead)
 * @param assessedMaximumPoints the maximum of the components scored so far
 * @param indexPercent points over the maximum of the components scored so far; null when nothing is recorded yet
 * @param rank e.g. 54, null when unranked
 * @param indexChange points of index since the year before, null without a year before
 * @param placesChange places gained (positive) or lost since the year before
 * @param forecast null once the year is published (then nothing is left to forecast)
 */
record SteeringReport(String unitCode, String unitName, int year, String methodologyCode, String methodologyName,
		String stage, boolean settled, BigDecimal points, BigDecimal maximumPoints, BigDecimal assessedMaximumPoints,
		BigDecimal indexPercent, Integer rank, Integer rankOf,
		BigDecimal indexChange, Integer placesChange, Integer previousRank, List<FieldBar> fields, List<Loss> agencies,
		BigDecimal lostPoints, List<TargetLine> targets, Forecast forecast, Instant generatedAt) {

	/** A field of the tree: its points against its maximum. */
	record FieldBar(String code, String name, BigDecimal points, BigDecimal maximumPoints, BigDecimal lostPoints,
			boolean assessed) {
	}

	/** Points lost by one responsible agency. */
	record Loss(String agencyCode, String agencyName, BigDecimal maximumPoints, BigDecimal lostPoints,
			BigDecimal shareOfLostPercent) {
	}

	/** A target of the unit's plans with its latest evaluation's status. */
	record TargetLine(String code, String name, String status, BigDecimal targetValue, BigDecimal actual,
			BigDecimal projected) {
	}

	/**
	 * The forecast band of the index and the rank, and the path to the plan's index target.
	 *
	 * @param pathSummary e.g. "index ≥ 85% needs 85 points; the forecast's likely 81.31 misses 3.69; ...", or null
	 */
	record Forecast(BigDecimal likely, BigDecimal low, BigDecimal high, int rankLikely, int rankBest, int rankWorst,
			int rankOf, String summary, String pathSummary) {
	}

}
