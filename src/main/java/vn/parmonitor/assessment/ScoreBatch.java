package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Scores of one unit under one methodology in one year, recorded together: all are stored or none.
 *
 * @param sourceNote where the scores come from (kept on the assessment when given)
 * @param synthetic marks made-up scores (demo data); never set through the API
 * @param recordedAt when each stage's scores were recorded, for history loaded after the fact (the demo's published
 *     years: the appraisal in March, the publication in April); a stage not in it is recorded now. Never set through
 *     the API: what a forecast or an evaluation as of an earlier time may see depends on it.
 */
public record ScoreBatch(String unitCode, String methodologyCode, Integer year, List<ScoreInput> scores,
		String sourceNote, boolean synthetic, Map<ScoreStage, Instant> recordedAt) {

	public ScoreBatch {
		recordedAt = recordedAt == null ? Map.of() : Map.copyOf(recordedAt);
	}

	public static ScoreBatch of(String unitCode, String methodologyCode, Integer year, List<ScoreInput> scores,
			String sourceNote) {
		return new ScoreBatch(unitCode, methodologyCode, year, scores, sourceNote, false, null);
	}

}
