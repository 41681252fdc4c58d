package vn.parmonitor.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;

/**
 * Spreads a published or synthetic total over the components of a tree, because component scores are not
 * published: every component gets a plausible share (the unit's overall ratio, varied per component by a hash of
 * its code), the shares are fitted to the total and to any published sub-totals (iterative proportional fitting),
 * then rounded to hundredths so that every sum is exact. Deterministic: the same seed gives the same scores.
 */
final class DemoScoreAllocator {

	private static final double SPREAD = 0.12;

	private DemoScoreAllocator() {
	}

	/** Spreads {@code total} over all components of the tree. */
	static Map<String, BigDecimal> allocate(CriterionTree tree, BigDecimal total, List<Pin> pins, String seed) {
		return allocate(tree.components(), total, pins, seed);
	}

	/**
	 * @param components the components that share the total (all of a tree, or e.g. only the self-assessed ones)
	 * @param total the points (hundredths at most)
	 * @param pins published sub-totals that must hold exactly (e.g. a field, or all leaders'-survey components)
	 * @param seed varies the spread between units and years
	 * @return points per component code, summing to {@code total} and to every pin
	 */
	static Map<String, BigDecimal> allocate(List<CriterionDefinition> components, BigDecimal total, List<Pin> pins,
			String seed) {
		int n = components.size();
		long[] maximum = new long[n];
		double[] share = new double[n];
		double ratio = total.doubleValue()
				/ components.stream().map(CriterionDefinition::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
		for (int i = 0; i < n; i++) {
			maximum[i] = hundredths(components.get(i).maxPoints());
			double varied = ratio + SPREAD * (2 * unitInterval(seed + "/" + components.get(i).code()) - 1);
			share[i] = maximum[i] * Math.max(0.05, Math.min(1.0, varied));
		}
		List<Constraint> constraints = constraints(components, total, pins);
		fit(share, maximum, constraints);
		long[] points = round(share, maximum, constraints, components);
		Map<String, BigDecimal> result = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			result.put(components.get(i).code(), BigDecimal.valueOf(points[i], 2));
		}
		return result;
	}

	private static List<Constraint> constraints(List<CriterionDefinition> components, BigDecimal total, List<Pin> pins) {
		List<Constraint> constraints = new ArrayList<>();
		for (Pin pin : pins) {
			Set<Integer> members = new HashSet<>();
			for (int i = 0; i < components.size(); i++) {
				if (pin.componentCodes().contains(components.get(i).code())) {
					members.add(i);
				}
			}
			constraints.add(new Constraint(pin.description(), members, hundredths(pin.points())));
		}
		Set<Integer> all = new HashSet<>();
		for (int i = 0; i < components.size(); i++) {
			all.add(i);
		}
		constraints.add(new Constraint("total", all, hundredths(total)));
		// Smallest sets first: when rounding, a component may take a hundredth only while every set it belongs to
		// still needs one, so the narrow sets must be served before the total absorbs the rest.
		constraints.sort(Comparator.comparingInt(c -> c.members().size()));
		return constraints;
	}

	/** Iterative proportional fitting with the component maxima as caps. */
	private static void fit(double[] share, long[] maximum, List<Constraint> constraints) {
		for (int round = 0; round < 500; round++) {
			for (Constraint constraint : constraints) {
				double sum = constraint.members().stream().mapToDouble(i -> share[i]).sum();
				if (sum > 0) {
					double factor = constraint.target() / sum;
					constraint.members().forEach(i -> share[i] = Math.min(maximum[i], share[i] * factor));
				}
			}
		}
		for (Constraint constraint : constraints) {
			double sum = constraint.members().stream().mapToDouble(i -> share[i]).sum();
			if (Math.abs(sum - constraint.target()) > 0.5) {
				throw new IllegalStateException("cannot fit " + constraint.name() + ": " + constraint.target()
						+ " hundredths requested, the components reach " + sum);
			}
		}
	}

	/** Rounds down to hundredths, then hands out the missing hundredths to the largest remainders. */
	private static long[] round(double[] share, long[] maximum, List<Constraint> constraints,
			List<CriterionDefinition> components) {
		long[] points = new long[share.length];
		for (int i = 0; i < share.length; i++) {
			points[i] = Math.min(maximum[i], (long) Math.floor(share[i] + 1e-9));
		}
		long[] missing = new long[constraints.size()];
		for (int k = 0; k < constraints.size(); k++) {
			missing[k] = constraints.get(k).target()
					- constraints.get(k).members().stream().mapToLong(i -> points[i]).sum();
		}
		for (int k = 0; k < constraints.size(); k++) {
			while (missing[k] > 0) {
				int best = -1;
				for (int i : constraints.get(k).members()) {
					if (points[i] < maximum[i] && allNeed(i, constraints, missing)
							&& (best < 0 || remainder(share, points, i) > remainder(share, points, best)
									|| (remainder(share, points, i) == remainder(share, points, best)
											&& components.get(i).code().compareTo(components.get(best).code()) < 0))) {
						best = i;
					}
				}
				if (best < 0) {
					throw new IllegalStateException("cannot round " + constraints.get(k).name() + " exactly");
				}
				points[best]++;
				for (int j = 0; j < constraints.size(); j++) {
					if (constraints.get(j).members().contains(best)) {
						missing[j]--;
					}
				}
			}
			if (missing[k] < 0) {
				throw new IllegalStateException(constraints.get(k).name() + " overshoots by " + -missing[k]);
			}
		}
		return points;
	}

	private static boolean allNeed(int component, List<Constraint> constraints, long[] missing) {
		for (int j = 0; j < constraints.size(); j++) {
			if (constraints.get(j).members().contains(component) && missing[j] <= 0) {
				return false;
			}
		}
		return true;
	}

	private static double remainder(double[] share, long[] points, int i) {
		return share[i] - points[i];
	}

	static long hundredths(BigDecimal points) {
		return points.movePointRight(2).longValueExact();
	}

	/** A stable pseudo-random number in [0, 1) from a text. */
	static double unitInterval(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			long bits = 0;
			for (int i = 0; i < 7; i++) {
				bits = (bits << 8) | (digest[i] & 0xff);
			}
			return bits / (double) (1L << 56);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A published sub-total over some components. */
	record Pin(String description, Set<String> componentCodes, BigDecimal points) {
	}

	private record Constraint(String name, Set<Integer> members, long target) {
	}

}
