package vn.parmonitor.indicator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One observation to record (GraphQL {@code ObservationInput}).
 *
 * @param period the period key in the indicator's form: {@code 2023-10}, {@code 2023-Q3}, {@code 2023-H2}, {@code 2023}
 * @param value required unless the indicator is a ratio, whose value is computed from numerator and denominator
 */
public record ObservationInput(String indicatorCode, String unitCode, String period, BigDecimal value,
		BigDecimal numerator, BigDecimal denominator, String source, Instant observedAt) {

	/** The same observation of another unit: the key of the unit its code names in its period. */
	public ObservationInput withUnit(String unitKey) {
		return new ObservationInput(indicatorCode, unitKey, period, value, numerator, denominator, source, observedAt);
	}

}
