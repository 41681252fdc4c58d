package vn.parmonitor.indicator;

import java.math.BigDecimal;

/** An indicator to create or replace (GraphQL {@code IndicatorInput}); see {@link Indicator}. */
public record IndicatorInput(String code, String name, String nameEn, String description, IndicatorMeasure measure,
		Direction direction, ReportingPeriod period, Boolean ratio, Boolean cumulative, BigDecimal upperBound,
		String numeratorLabel, String denominatorLabel) {
}
