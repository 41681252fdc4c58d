package vn.parmonitor.evaluation;

import java.math.BigDecimal;

/**
 * The forecast an index, points or rank target was judged on (README, "Forecast"): the likely value at the end of
 * the year and its range, in the target's own measure (index %, points, rank).
 *
 * @param cutoffIndexPercent for a rank target: the index the target's rank takes (the likely index of the peer
 *     expected in that place), else null
 * @param chance for a rank target: the share of the simulated draws in which the rank is reached, else null
 * @param summary the forecast in words, with what it rests on
 */
public record ForecastTrace(BigDecimal likely, BigDecimal low, BigDecimal high, BigDecimal cutoffIndexPercent,
		BigDecimal chance, String summary) {
}
