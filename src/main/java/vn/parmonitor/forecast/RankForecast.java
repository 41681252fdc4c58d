package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A unit's likely rank among the units the methodology ranks, from its index forecast and its peers' outlooks,
 * and the cut-off for any rank: the index the N-th of the other units is expected to reach.
 *
 * <p>The rank's range comes from a simulation: 4,000 draws of the unit's index (normal, spread from its forecast
 * range) against its peers' (their own spreads; peers forecast from history also share one draw of the national
 * level), the rank of each draw counted competition-style. The likely rank is the median draw, the range the 5th
 * to the 95th percentile. The draws are seeded by the unit and year, so the same data gives the same answer.
 *
 * @param of how many units are ranked, the unit included
 * @param parentCode the unit the ranking is within, or null for the whole methodology
 * @param peers the other units, likeliest index first
 */
public record RankForecast(int likely, int best, int worst, int of, String parentCode, List<PeerOutlook> peers,
		int[] draws) {

	static final int DRAWS = 4000;

	static RankForecast simulate(String unitCode, int year, Range index, List<PeerOutlook> peers, double nationalSigma,
			String parentCode) {
		List<PeerOutlook> sorted = peers.stream()
			.sorted(Comparator.comparing(PeerOutlook::likely).reversed().thenComparing(PeerOutlook::unitCode))
			.toList();
		double unitLikely = index.likely().doubleValue();
		double unitSigma = index.high().subtract(index.low()).doubleValue() / (2 * YearEndProjection.Z90);
		Random random = new Random((unitCode + "/" + year).hashCode());
		int[] ranks = new int[DRAWS];
		for (int draw = 0; draw < DRAWS; draw++) {
			double unit = unitLikely + unitSigma * random.nextGaussian();
			double national = nationalSigma * random.nextGaussian();
			int rank = 1;
			for (PeerOutlook peer : sorted) {
				double value = peer.likely().doubleValue() + peer.sigma() * random.nextGaussian()
						+ ("HISTORY".equals(peer.basis()) ? national : 0);
				if (value > unit) {
					rank++;
				}
			}
			ranks[draw] = rank;
		}
		Arrays.sort(ranks);
		return new RankForecast(ranks[DRAWS / 2], ranks[(int) (DRAWS * 0.05)], ranks[(int) (DRAWS * 0.95) - 1],
				peers.size() + 1, parentCode, sorted, ranks);
	}

	/**
	 * The index the {@code rank}-th of the other units is expected to reach: to be ranked {@code rank} or better, the
	 * unit must reach it. Null when fewer other units are ranked (the rank is assured).
	 */
	public Cutoff cutoff(int rank) {
		if (rank < 1 || rank > peers.size()) {
			return null;
		}
		PeerOutlook peer = peers.get(rank - 1);
		return new Cutoff(rank, peer.likely(), peer.unitCode());
	}

	/** The share of the draws in which the unit ranks {@code rank} or better. */
	public BigDecimal chanceOfRank(int rank) {
		int within = 0;
		for (int drawn : draws) {
			if (drawn <= rank) {
				within++;
			}
		}
		return BigDecimal.valueOf(within).divide(BigDecimal.valueOf(draws.length), 2, RoundingMode.HALF_UP);
	}

	/** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st. */
	public static String ordinal(int n) {
		int mod100 = n % 100;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}

	/** Rank {@code rank} needs an index of {@code indexPercent}, the likely index of {@code peerUnitCode}. */
	public record Cutoff(int rank, BigDecimal indexPercent, String peerUnitCode) {
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RankForecast that && likely == that.likely && best == that.best && worst == that.worst
				&& of == that.of && java.util.Objects.equals(parentCode, that.parentCode) && peers.equals(that.peers);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(likely, best, worst, of, parentCode, peers);
	}

	@Override
	public String toString() {
		return "rank " + likely + (best == worst ? "" : " (" + best + "–" + worst + ")") + " of " + of;
	}

}
