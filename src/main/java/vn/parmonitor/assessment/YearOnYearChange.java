package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * GraphQL {@code YearOnYearChange}: an assessment against the same unit's assessment a year earlier in the same
 * methodology family.
 *
 * @param indexChange change of the index in percentage points (negative: fell)
 * @param pointsChange change of the points
 * @param previousRank the earlier place, when ranked
 * @param currentRank the current place, when ranked
 * @param treeDifferences how the two trees differ; empty when they score the same way
 * @param likeForLike the two years compared on what both score
 */
public record YearOnYearChange(AssessmentView previous, BigDecimal indexChange, BigDecimal pointsChange,
		RankPosition previousRank, RankPosition currentRank, List<String> treeDifferences, LikeForLike likeForLike) {

	/** Places climbed (positive) or lost (negative); {@code null} unless both years are ranked. */
	public Integer placesChange() {
		return previousRank == null || currentRank == null ? null : previousRank.rank() - currentRank.rank();
	}

	public boolean treesDiffer() {
		return !treeDifferences.isEmpty();
	}

}
