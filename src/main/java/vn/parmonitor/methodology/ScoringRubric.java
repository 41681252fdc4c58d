package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a component's points follow from a measured value: the indicator that measures it and the rule that turns the
 * indicator's value into points. Forecasts apply it to the indicator's projected year-end value.
 *
 * <ul>
 * <li>{@code LINEAR}: 0 points at {@code zeroAt}, the component's maximum at {@code fullAt}, linear between and
 * constant beyond ({@code zeroAt} above {@code fullAt} for an indicator where less is better);</li>
 * <li>{@code BANDS}: the points of the first band whose threshold the value reaches (at least the threshold where more
 * is better, at most where less is better), bands from the best down; {@code otherwise} below the last;</li>
 * <li>{@code PROPORTIONAL}: the maximum × value ÷ {@code target}, at most the maximum (the inverse where less is
 * better).</li>
 * </ul>
 *
 * @param indicatorCode the indicator whose value scores the component
 * @param illustrative whether the rule is illustrative (demo data) rather than the official scoring rule
 */
public record ScoringRubric(String indicatorCode, RubricKind kind, BigDecimal zeroAt, BigDecimal fullAt,
		List<Band> bands, BigDecimal otherwise, BigDecimal target, boolean illustrative) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	public ScoringRubric {
		bands = bands == null ? List.of() : List.copyOf(bands);
	}

	/** The points a value earns, between 0 and {@code max}, rounded half up to 3 decimals (as points are). */
	public BigDecimal points(BigDecimal value, BigDecimal max, boolean higherIsBetter) {
		BigDecimal points = switch (kind) {
			case LINEAR -> linear(value, max);
			case BANDS -> band(value, higherIsBetter);
			case PROPORTIONAL -> proportional(value, max, higherIsBetter);
		};
		return clamp(points, max).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private BigDecimal linear(BigDecimal value, BigDecimal max) {
		BigDecimal span = fullAt.subtract(zeroAt);
		BigDecimal share = value.subtract(zeroAt).divide(span, PRECISION);
		return max.multiply(share.max(BigDecimal.ZERO).min(BigDecimal.ONE));
	}

	private BigDecimal band(BigDecimal value, boolean higherIsBetter) {
		for (Band band : bands) {
			int compared = value.compareTo(band.threshold());
			if (higherIsBetter ? compared >= 0 : compared <= 0) {
				return band.points();
			}
		}
		return otherwise == null ? BigDecimal.ZERO : otherwise;
	}

	private BigDecimal proportional(BigDecimal value, BigDecimal max, boolean higherIsBetter) {
		if (higherIsBetter) {
			return max.multiply(value).divide(target, PRECISION);
		}
		return value.signum() <= 0 ? max : max.multiply(target).divide(value, PRECISION);
	}

	private static BigDecimal clamp(BigDecimal points, BigDecimal max) {
		return points.max(BigDecimal.ZERO).min(max);
	}

	/** The points of values that reach {@code threshold} (and no better band). */
	public record Band(BigDecimal threshold, BigDecimal points) {
	}

}
