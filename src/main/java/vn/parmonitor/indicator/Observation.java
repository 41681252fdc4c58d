package vn.parmonitor.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * One unit's value of one indicator for one period. The id is {@code indicator:unit:period}, so sending the same
 * unit, indicator and period again replaces the observation instead of adding a second one.
 *
 * @param value the value; for ratio indicators numerator ÷ denominator × 100
 * @param source where the value comes from (a report, a system export, ...)
 * @param observedAt when the value was measured (defaults to the end of the period)
 * @param recordedAt when PAR Monitor stored it
 */
@Document("observations")
@CompoundIndex(name = "series", def = "{'indicatorCode': 1, 'unitCode': 1, 'periodEnd': 1}")
@CompoundIndex(name = "unit_period", def = "{'unitCode': 1, 'periodEnd': 1}")
public record Observation(@Id String id, String indicatorCode, String unitCode, String periodKey,
		LocalDate periodStart, LocalDate periodEnd, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		String source, Instant observedAt, Instant recordedAt) implements NodeObject {

	public static String idOf(String indicatorCode, String unitCode, String periodKey) {
		return indicatorCode + ":" + unitCode + ":" + periodKey;
	}

	@Override
	public String nodeType() {
		return "Observation";
	}

	@Override
	public String nodeKey() {
		return id;
	}

}
