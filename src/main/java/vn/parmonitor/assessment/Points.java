package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic of points and indexes, exact until the one documented rounding of an index to two decimals. */
public final class Points {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Points() {
	}

	/**
	 * Points achieved as a percentage of the maximum, rounded half up to two decimals (the published form:
	 * 12.75 of 13 is 98.08); {@code null} when nothing was assessed.
	 */
	public static BigDecimal indexPercent(BigDecimal points, BigDecimal maximum) {
		if (maximum == null || maximum.signum() == 0) {
			return null;
		}
		return points.multiply(HUNDRED).divide(maximum, 2, RoundingMode.HALF_UP);
	}

	/** Points as shown: exact, without trailing zeros ("16.4", "22", "4.08"). */
	public static BigDecimal shown(BigDecimal points) {
		if (points == null) {
			return null;
		}
		BigDecimal stripped = points.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
