package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The likely index of a peer that has no scores this year, from the published history of the family: the national
 * average is expected to stay at the mean of its last three known years, and a peer keeps a share ρ of its distance
 * from the national average (ρ measured on the peers' consecutive years, between 0 and 1; 0.6 when it cannot be).
 * The spread of a peer is the residual of that relation (2.5 points when it cannot be measured); the national level
 * has a spread of its own, common to all peers.
 */
final class PeerModel {

	static final double DEFAULT_PERSISTENCE = 0.6;

	static final double DEFAULT_SIGMA = 2.5;

	/** Published indexes by unit, then year. */
	private final Map<String, TreeMap<Integer, BigDecimal>> published;

	private final TreeMap<Integer, Double> national = new TreeMap<>();

	private final double expectedNational;

	private final double nationalSigma;

	private final double persistence;

	private final double sigma;

	/**
	 * @param published the complete final indexes of the family's units in the years before the forecast year
	 */
	PeerModel(Map<String, TreeMap<Integer, BigDecimal>> published) {
		this.published = published;
		TreeMap<Integer, List<Double>> byYear = new TreeMap<>();
		published.values().forEach(years -> years.forEach((year, index) -> byYear
			.computeIfAbsent(year, y -> new ArrayList<>()).add(index.doubleValue())));
		byYear.forEach((year, values) -> national.put(year, values.stream().mapToDouble(Double::doubleValue).average()
			.orElseThrow()));
		List<Double> recent = new ArrayList<>(national.descendingMap().values()).subList(0, Math.min(3, national.size()));
		this.expectedNational = recent.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
		this.nationalSigma = national.size() >= 2 ? std(new ArrayList<>(national.values())) : 1.0;
		double sumXY = 0;
		double sumXX = 0;
		List<double[]> pairs = new ArrayList<>();
		for (TreeMap<Integer, BigDecimal> years : published.values()) {
			for (Map.Entry<Integer, BigDecimal> entry : years.entrySet()) {
				BigDecimal previous = years.get(entry.getKey() - 1);
				if (previous != null) {
					double before = previous.doubleValue() - national.get(entry.getKey() - 1);
					double after = entry.getValue().doubleValue() - national.get(entry.getKey());
					pairs.add(new double[] { before, after });
					sumXY += before * after;
					sumXX += before * before;
				}
			}
		}
		this.persistence = pairs.size() >= 3 && sumXX > 0 ? Math.max(0, Math.min(1, sumXY / sumXX)) : DEFAULT_PERSISTENCE;
		if (pairs.size() >= 3) {
			double squares = 0;
			for (double[] pair : pairs) {
				double residual = pair[1] - persistence * pair[0];
				squares += residual * residual;
			}
			this.sigma = Math.max(0.5, Math.sqrt(squares / (pairs.size() - 1)));
		}
		else {
			this.sigma = DEFAULT_SIGMA;
		}
	}

	boolean knowsHistory() {
		return !national.isEmpty();
	}

	/** The peer's outlook from its history; null when the family has no published year at all. */
	PeerOutlook outlook(String unitCode) {
		if (!knowsHistory()) {
			return null;
		}
		TreeMap<Integer, BigDecimal> years = published.get(unitCode);
		if (years == null || years.isEmpty()) {
			return new PeerOutlook(unitCode, round(expectedNational), sigma * 1.5, "HISTORY");
		}
		Map.Entry<Integer, BigDecimal> last = years.lastEntry();
		double distance = last.getValue().doubleValue() - national.get(last.getKey());
		return new PeerOutlook(unitCode, round(Math.min(100, Math.max(0, expectedNational + persistence * distance))), sigma,
				"HISTORY");
	}

	double nationalSigma() {
		return nationalSigma;
	}

	double expectedNational() {
		return expectedNational;
	}

	double persistence() {
		return persistence;
	}

	private static BigDecimal round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

	private static double std(List<Double> values) {
		double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
		return Math.sqrt(squares / (values.size() - 1));
	}

}
