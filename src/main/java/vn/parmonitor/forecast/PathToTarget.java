package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit must gain to reach a goal (an index, or a rank through its cut-off) and the components that can still
 * gain it, the steps ordered by the points each gains.
 *
 * @param scope the field or criterion whose points the goal is about, or null for the whole index
 * @param goal the goal in words ("index 85%", "rank 35 (≈ 85.50%)")
 * @param goalIndexPercent the index the goal needs (of the scope's maximum)
 * @param goalPoints the points the goal needs (of the methodology's total, or of the scope's maximum)
 * @param likelyPoints the forecast's likely points (of the whole, or of the scope)
 * @param pointsMissing the goal's points − the likely points, 0 when the forecast already reaches it
 * @param cutoff for a rank goal, the peer whose likely index sets it; null for an index goal or a rank assured
 * @param steps every step, largest gain first
 */
public record PathToTarget(IndexForecast forecast, String scope, String goal, BigDecimal goalIndexPercent,
		BigDecimal goalPoints, BigDecimal likelyPoints, BigDecimal pointsMissing, RankForecast.Cutoff cutoff,
		List<PathStep> steps) {

	/** What all the steps together gain. */
	public BigDecimal gainablePoints() {
		return steps.stream().map(PathStep::stepGain).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Whether the steps together cover the missing points. */
	public boolean reachable() {
		return gainablePoints().compareTo(pointsMissing) >= 0;
	}

	/** The path in a sentence. */
	public String summary() {
		String likely = ComponentForecaster.plain(likelyPoints);
		if (pointsMissing.signum() == 0) {
			return goal + " needs " + ComponentForecaster.plain(goalPoints) + " points; the forecast's likely "
					+ likely + " already reaches it";
		}
		long closing = steps.stream().takeWhile(step -> !step.closesGap()).count() + 1;
		return goal + " needs " + ComponentForecaster.plain(goalPoints) + " points; the forecast's likely " + likely
				+ " misses " + ComponentForecaster.plain(pointsMissing) + "; " + steps.size() + " components can gain "
				+ ComponentForecaster.plain(gainablePoints()) + (reachable() ? ", the first " + closing + " of them close the gap"
						: ": not enough to close the gap");
	}

}
