package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks by index, highest first. Equal indexes share a rank and the next rank skips (1-2-2-4): no tie-break
 * rule is published, so none is invented. Ties are listed by unit code.
 */
public final class CompetitionRanking {

	private CompetitionRanking() {
	}

	public static List<Ranked> rank(List<Entry> entries) {
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort(Comparator.comparing(Entry::indexPercent, Comparator.reverseOrder()).thenComparing(Entry::unitCode));
		List<Ranked> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			Entry entry = sorted.get(i);
			boolean sameAsPrevious = i > 0 && sorted.get(i - 1).indexPercent().compareTo(entry.indexPercent()) == 0;
			int rank = sameAsPrevious ? ranked.get(i - 1).rank() : i + 1;
			boolean sameAsNext = i + 1 < sorted.size()
					&& sorted.get(i + 1).indexPercent().compareTo(entry.indexPercent()) == 0;
			ranked.add(new Ranked(entry, rank, sameAsPrevious || sameAsNext));
		}
		return ranked;
	}

	/** A unit's index in a ranking. */
	public record Entry(String unitCode, BigDecimal indexPercent) {
	}

	/** Its place: {@code tied} when another unit has the same index. */
	public record Ranked(Entry entry, int rank, boolean tied) {
	}

}
