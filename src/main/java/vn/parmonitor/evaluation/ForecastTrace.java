package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.util.List;

import vn.parmonitor.forecast.PathLever;

/**
 * The forecast an index, points or rank target was judged on (README, "Forecast"): the likely value at the end of
 * the year and its range, in the target's own measure (index %, points, rank), and the first steps of the path to
 * the target.
 *
 * @param cutoffIndexPercent for a rank target: the index the target's rank takes (the likely index of the peer
 *     expected in that place), else null
 * @param chance for a rank target: the share of the simulated draws in which the rank is reached, else null
 * @param summary the forecast in words, with what it rests on
 * @param pointsMissing the points the likely forecast misses the target by (0 when it reaches it)
 * @param path the first steps of the path to the target, largest gain first (README, "Path to the target")
 */
public record ForecastTrace(BigDecimal likely, BigDecimal low, BigDecimal high, BigDecimal cutoffIndexPercent,
		BigDecimal chance, String summary, BigDecimal pointsMissing, List<Step> path) {

	public ForecastTrace {
		path = path == null ? List.of() : List.copyOf(path);
	}

	/** One step of the path: the component, what it moves and gains, who is in charge, what it takes. */
	public record Step(String componentCode, PathLever lever, BigDecimal stepGain, BigDecimal cumulativeGain,
			boolean closesGap, String leadAgencyCode, String indicatorCode, BigDecimal neededValue, String takes) {
	}

}
