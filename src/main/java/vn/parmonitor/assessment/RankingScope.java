package vn.parmonitor.assessment;

/** Which units are ranked together: same methodology, same year, same stage, optionally one parent's. */
record RankingScope(String methodologyCode, int year, ScoreStage stage, String parentCode) {
}
