package vn.parmonitor.benchmark;

import java.util.Arrays;
import java.util.List;

/** Latencies of repeated calls, in milliseconds, and their order statistics. */
final class LatencySample {

	private final double[] millis;

	private LatencySample(double[] millis) {
		this.millis = millis.clone();
		Arrays.sort(this.millis);
	}

	/** Runs {@code call} {@code warmUp} times unmeasured, then {@code iterations} times measured. */
	static LatencySample of(int warmUp, int iterations, Runnable call) {
		for (int i = 0; i < warmUp; i++) {
			call.run();
		}
		double[] millis = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			millis[i] = timed(call);
		}
		return new LatencySample(millis);
	}

	/**
	 * Two calls measured in turn, {@code a} then {@code b}, {@code iterations} times each after {@code warmUp} unmeasured
	 * rounds: what runs in the background meanwhile (a metrics refresh, a collection, the store's cache) falls on
	 * both alike, so their ratio is not a matter of which ran first.
	 *
	 * @return the samples of {@code a} and of {@code b}, in that order
	 */
	static List<LatencySample> alternating(int warmUp, int iterations, Runnable a, Runnable b) {
		for (int i = 0; i < warmUp; i++) {
			a.run();
			b.run();
		}
		double[] first = new double[iterations];
		double[] second = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			first[i] = timed(a);
			second[i] = timed(b);
		}
		return List.of(new LatencySample(first), new LatencySample(second));
	}

	private static double timed(Runnable call) {
		long started = System.nanoTime();
		call.run();
		return (System.nanoTime() - started) / 1e6;
	}

	/** Latencies measured elsewhere, in milliseconds. */
	static LatencySample of(List<Double> millis) {
		return new LatencySample(millis.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** All the latencies of several samples together (several clients' samples, for instance). */
	static LatencySample merge(List<LatencySample> samples) {
		return new LatencySample(samples.stream().flatMapToDouble(sample -> Arrays.stream(sample.millis)).toArray());
	}

	/** The nearest-rank percentile, {@code p} in (0, 100]. */
	double percentile(double p) {
		int rank = (int) Math.ceil(p / 100 * millis.length);
		return millis[Math.max(0, rank - 1)];
	}

	double max() {
		return millis[millis.length - 1];
	}

	int count() {
		return millis.length;
	}

}
