package vn.parmonitor.assessment;

import java.math.BigDecimal;

/**
 * GraphQL {@code RankingEntry}: one unit's place in a ranking.
 *
 * @param of how many units are ranked
 */
public record RankingEntry(int rank, int of, boolean tied, String unitCode, AssessmentView assessment) {

	public BigDecimal indexPercent() {
		return assessment.indexPercent();
	}

	public BigDecimal points() {
		return assessment.points();
	}

	public IndexGroup group() {
		return assessment.group();
	}

}
