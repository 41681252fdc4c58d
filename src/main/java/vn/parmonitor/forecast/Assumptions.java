package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a what-if takes as given instead of forecasting it: indicators' year-end values and components' points.
 * Only the unit asked about is changed; its peers keep their own outlooks.
 *
 * @param indicatorValues year-end value by indicator code: the components it scores through their rubrics earn
 *     what the rubric gives for it (unless their points are already recorded)
 * @param componentPoints points by component code, whatever else is known about the component
 */
public record Assumptions(Map<String, BigDecimal> indicatorValues, Map<String, BigDecimal> componentPoints) {

	public static final Assumptions NONE = new Assumptions(Map.of(), Map.of());

	public Assumptions {
		// In the order given: the what-if's answer lists them so.
		indicatorValues = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorValues));
		componentPoints = Collections.unmodifiableMap(new LinkedHashMap<>(componentPoints));
	}

	boolean none() {
		return indicatorValues.isEmpty() && componentPoints.isEmpty();
	}

}
