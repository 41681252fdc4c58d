package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An indicator's value at the end of the year, projected from this year's observations (year to date), with its
 * uncertainty:
 * <ul>
 * <li>an observation for the year's last period: that value, certain;</li>
 * <li>three or more: the least-squares line through the last {@value #WINDOW}, read at 31 December, with its 90%
 * prediction interval (1.645 standard errors of a new value; at least 1% of the scale);</li>
 * <li>two: the line through them, the range as wide as the step from the latest value to the projection;</li>
 * <li>one: carried forward, the range a tenth of the scale either side;</li>
 * </ul>
 * always within the values the indicator can take.
 */
final class YearEndProjection {

	static final int WINDOW = 6;

	static final double Z90 = 1.645;

	private YearEndProjection() {
	}

	/**
	 * @param points this year's values, oldest first, each on the last day of its period
	 * @param yearEnd the day to project to
	 * @param min the lowest value the indicator can take, or null
	 * @param max the highest, or null
	 * @return the projection, or null without observations
	 */
	static Projection project(List<Point> points, LocalDate yearEnd, BigDecimal min, BigDecimal max) {
		if (points.isEmpty()) {
			return null;
		}
		Point latest = points.get(points.size() - 1);
		if (!latest.date().isBefore(yearEnd)) {
			return new Projection(Range.exactly(latest.value()), "YEAR_END_VALUE", points.size());
		}
		List<Point> window = points.subList(Math.max(0, points.size() - WINDOW), points.size());
		double scale = scale(min, max, latest.value());
		if (window.size() == 1) {
			double v = latest.value().doubleValue();
			return new Projection(range(v, v - scale / 10, v + scale / 10, min, max), "CARRIED_FORWARD", 1);
		}
		LocalDate origin = window.get(0).date();
		int n = window.size();
		double[] x = new double[n];
		double[] y = new double[n];
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < n; i++) {
			x[i] = ChronoUnit.DAYS.between(origin, window.get(i).date());
			y[i] = window.get(i).value().doubleValue();
			meanX += x[i] / n;
			meanY += y[i] / n;
		}
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < n; i++) {
			sxx += (x[i] - meanX) * (x[i] - meanX);
			sxy += (x[i] - meanX) * (y[i] - meanY);
		}
		if (sxx == 0) {
			double v = latest.value().doubleValue();
			return new Projection(range(v, v - scale / 10, v + scale / 10, min, max), "CARRIED_FORWARD", n);
		}
		double slope = sxy / sxx;
		double x0 = ChronoUnit.DAYS.between(origin, yearEnd);
		double projected = meanY + slope * (x0 - meanX);
		double spread;
		if (n == 2) {
			spread = Math.abs(projected - y[n - 1]);
		}
		else {
			double residuals = 0;
			for (int i = 0; i < n; i++) {
				double fitted = meanY + slope * (x[i] - meanX);
				residuals += (y[i] - fitted) * (y[i] - fitted);
			}
			double s = Math.sqrt(residuals / (n - 2));
			spread = Z90 * s * Math.sqrt(1 + 1.0 / n + (x0 - meanX) * (x0 - meanX) / sxx);
		}
		spread = Math.max(spread, scale / 100);
		return new Projection(range(projected, projected - spread, projected + spread, min, max), "LINEAR_TREND", n);
	}

	/** The span of values the indicator can take, or the latest value's size when unbounded. */
	private static double scale(BigDecimal min, BigDecimal max, BigDecimal latest) {
		if (min != null && max != null) {
			return max.subtract(min).doubleValue();
		}
		return Math.max(1, Math.abs(latest.doubleValue()));
	}

	private static Range range(double likely, double low, double high, BigDecimal min, BigDecimal max) {
		return Range.within(BigDecimal.valueOf(likely), BigDecimal.valueOf(low), BigDecimal.valueOf(high), min, max)
			.rounded(2);
	}

	/** A value on the last day of its period. */
	record Point(LocalDate date, BigDecimal value) {
	}

	/** The projected year-end value, how it was made and from how many observations. */
	record Projection(Range value, String method, int observations) {
	}

}
