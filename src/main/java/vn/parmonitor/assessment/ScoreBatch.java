package vn.parmonitor.assessment;

import java.util.List;

/**
 * Scores of one unit under one methodology in one year, recorded together: all are stored or none.
 *
 * @param sourceNote where the scores come from (kept on the assessment when given)
 * @param synthetic marks made-up scores (demo data); never set through the API
 */
public record ScoreBatch(String unitCode, String methodologyCode, Integer year, List<ScoreInput> scores,
		String sourceNote, boolean synthetic) {

	public static ScoreBatch of(String unitCode, String methodologyCode, Integer year, List<ScoreInput> scores,
			String sourceNote) {
		return new ScoreBatch(unitCode, methodologyCode, year, scores, sourceNote, false);
	}

}
