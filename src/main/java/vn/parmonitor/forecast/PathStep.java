package vn.parmonitor.forecast;

import java.math.BigDecimal;

/**
 * One step on the path to a target: a component that can still gain, its next step and what it takes.
 *
 * @param gainablePoints all the component can still gain (its maximum − its likely points)
 * @param stepGain what the next step gains: the next rubric band, or the rest of the points
 * @param takes what the step takes, in words
 * @param projectedValue for an indicator step, the indicator's projected year-end value
 * @param neededValue for an indicator step, the value the step needs (the next band's threshold, full points' value)
 * @param leadAgencyCode the agency in charge of the component (lead first, inherited from the nodes above), or null
 * @param cumulativeGain the gain of this step and every one before it
 * @param closesGap whether this is the step at which the cumulative gain first covers the missing points
 */
public record PathStep(ComponentForecast forecast, PathLever lever, BigDecimal gainablePoints, BigDecimal stepGain,
		String takes, BigDecimal projectedValue, BigDecimal neededValue, String leadAgencyCode, BigDecimal cumulativeGain,
		boolean closesGap) {
}
