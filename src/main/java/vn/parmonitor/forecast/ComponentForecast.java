package vn.parmonitor.forecast;

import vn.parmonitor.methodology.CriterionDefinition;

/**
 * One component's forecast: its likely points, their range, and what they rest on, in words.
 *
 * @param indicatorCode the indicator behind an {@link ForecastBasis#INDICATOR} forecast, else null
 * @param projection that indicator's projected year-end value, else null
 * @param higherIsBetter for an indicator: whether more of it is better (its direction)
 */
public record ComponentForecast(CriterionDefinition component, ForecastBasis basis, Range points, String explanation,
		String indicatorCode, YearEndProjection.Projection projection, boolean higherIsBetter) {

	/** A forecast that rests on no indicator. */
	ComponentForecast(CriterionDefinition component, ForecastBasis basis, Range points, String explanation) {
		this(component, basis, points, explanation, null, null, true);
	}

}
