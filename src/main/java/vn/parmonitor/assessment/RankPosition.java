package vn.parmonitor.assessment;

/**
 * A unit's place in a ranking.
 *
 * @param rank competition rank, 1 for the highest index
 * @param of how many units are ranked
 * @param tied whether another unit shares the rank
 * @param parentCode the parent the ranking is restricted to, or {@code null} for all units of the methodology
 */
public record RankPosition(int rank, int of, boolean tied, String parentCode) {
}
