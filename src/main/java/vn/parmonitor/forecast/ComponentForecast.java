package vn.parmonitor.forecast;

import vn.parmonitor.methodology.CriterionDefinition;

/**
 * One component's forecast: its likely points, their range, and what they rest on, in words.
 *
 * @param indicatorCode the indicator behind an {@link ForecastBasis#INDICATOR} forecast, else null
 * @param projection that indicator's projected year-end value, else null
 */
public record ComponentForecast(CriterionDefinition component, ForecastBasis basis, Range points, String explanation,
		String indicatorCode, YearEndProjection.Projection projection) {
}
