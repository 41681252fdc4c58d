package vn.parmonitor.assessment;

import java.util.Map;

/**
 * The few fields of an assessment that a ranking reads.
 *
 * @param workflow only its published total is read
 */
record RankingRow(String id, String unitCode, String parentUnitCode, Map<ScoreStage, StageTotal> totals,
		Workflow workflow) {

	/** The published total: the latest publication's, or for a document from before the workflow its FINAL one. */
	StageTotal publishedTotal() {
		if (workflow != null) {
			return workflow.published();
		}
		return totals == null ? null : totals.get(ScoreStage.FINAL);
	}

}
