package vn.parmonitor.assessment;

import java.util.Map;

/** The few fields of an assessment that a ranking reads. */
record RankingRow(String id, String unitCode, String parentUnitCode, Map<ScoreStage, StageTotal> totals) {
}
