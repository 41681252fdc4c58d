package vn.parmonitor.indicator;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * A key performance indicator tracked during the year (e.g. the share of dossiers handled online).
 *
 * @param ratio whether values are numerator ÷ denominator (both kept with every observation)
 * @param cumulative whether each value covers the year to date rather than the period alone
 * @param upperBound the most a value can be (e.g. 17 information systems), if any; percentages are bounded by 100
 * @param numeratorLabel what the numerator counts (e.g. dossiers received online)
 * @param denominatorLabel what the denominator counts (e.g. dossiers received)
 */
@Document("indicators")
public record Indicator(@Id String code, String name, String nameEn, String description, IndicatorMeasure measure,
		Direction direction, ReportingPeriod period, boolean ratio, boolean cumulative, BigDecimal upperBound,
		String numeratorLabel, String denominatorLabel, Instant updatedAt) implements NodeObject {

	/** The highest value an observation can take, or {@code null} when unbounded. */
	public BigDecimal maximumValue() {
		if (measure == IndicatorMeasure.PERCENT) {
			return upperBound == null ? BigDecimal.valueOf(100) : upperBound.min(BigDecimal.valueOf(100));
		}
		return upperBound;
	}

	/** The lowest value an observation can take, or {@code null} when unbounded. */
	public BigDecimal minimumValue() {
		return measure == IndicatorMeasure.NUMBER ? null : BigDecimal.ZERO;
	}

	@Override
	public String nodeType() {
		return "Indicator";
	}

	@Override
	public String nodeKey() {
		return code;
	}

}
