package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * A forecast value: the likely one and a low–high range around it (a 90% range where the spread is measured, the
 * whole possible range where nothing is known).
 */
public record Range(BigDecimal likely, BigDecimal low, BigDecimal high) {

	public Range {
		if (low.compareTo(likely) > 0 || high.compareTo(likely) < 0) {
			throw new IllegalArgumentException("a range must hold its likely value: " + low + " ≤ " + likely + " ≤ " + high);
		}
	}

	public static Range exactly(BigDecimal value) {
		return new Range(value, value, value);
	}

	/** {@code likely} with the range {@code low..high}, each moved into {@code min..max} and kept around likely. */
	static Range within(BigDecimal likely, BigDecimal low, BigDecimal high, BigDecimal min, BigDecimal max) {
		BigDecimal l = clamp(likely, min, max);
		return new Range(l, clamp(low, min, max).min(l), clamp(high, min, max).max(l));
	}

	public boolean certain() {
		return low.compareTo(high) == 0;
	}

	/** Ranges that move together, added end to end: the low ends, the likely values, the high ends. */
	static Range added(Collection<Range> parts) {
		BigDecimal likely = BigDecimal.ZERO;
		BigDecimal low = BigDecimal.ZERO;
		BigDecimal high = BigDecimal.ZERO;
		for (Range part : parts) {
			likely = likely.add(part.likely());
			low = low.add(part.low());
			high = high.add(part.high());
		}
		return new Range(likely, low, high);
	}

	/**
	 * The sum of independent ranges: likely values add up; the spreads below and above add as the root of the sum of
	 * their squares (independent errors rarely all fall the same way), never beyond the sum of the extremes.
	 */
	static Range sum(Collection<Range> parts) {
		BigDecimal likely = BigDecimal.ZERO;
		BigDecimal lowest = BigDecimal.ZERO;
		BigDecimal highest = BigDecimal.ZERO;
		double below = 0;
		double above = 0;
		for (Range part : parts) {
			likely = likely.add(part.likely());
			lowest = lowest.add(part.low());
			highest = highest.add(part.high());
			double down = part.likely().subtract(part.low()).doubleValue();
			double up = part.high().subtract(part.likely()).doubleValue();
			below += down * down;
			above += up * up;
		}
		BigDecimal low = likely.subtract(BigDecimal.valueOf(Math.sqrt(below))).max(lowest);
		BigDecimal high = likely.add(BigDecimal.valueOf(Math.sqrt(above))).min(highest);
		return new Range(likely, low.min(likely), high.max(likely));
	}

	/** Each value rounded half up to {@code scale} decimals, without trailing zeros. */
	Range rounded(int scale) {
		return new Range(round(likely, scale), round(low, scale), round(high, scale));
	}

	/** Each value × 100 ÷ {@code maximum}, to two decimals: points as an index. */
	Range asIndexOf(BigDecimal maximum) {
		return new Range(percent(likely, maximum), percent(low, maximum), percent(high, maximum));
	}

	private static BigDecimal percent(BigDecimal points, BigDecimal maximum) {
		return points.multiply(BigDecimal.valueOf(100)).divide(maximum, 2, RoundingMode.HALF_UP);
	}

	private static BigDecimal round(BigDecimal value, int scale) {
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

	private static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
		BigDecimal v = value;
		if (min != null && v.compareTo(min) < 0) {
			v = min;
		}
		if (max != null && v.compareTo(max) > 0) {
			v = max;
		}
		return v;
	}

	@Override
	public String toString() {
		return certain() ? likely.toPlainString()
				: likely.toPlainString() + " (" + low.toPlainString() + "–" + high.toPlainString() + ")";
	}

}
