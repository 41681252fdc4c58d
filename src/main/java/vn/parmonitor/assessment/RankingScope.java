package vn.parmonitor.assessment;

/**
 * Which units are ranked together: same methodology, same year, same stage, optionally one parent's.
 *
 * @param publishedOnly rank the published results only, as last published (what the public sees): the FINAL stage
 *     of assessments whose results the Department published, at their published totals
 */
record RankingScope(String methodologyCode, int year, ScoreStage stage, String parentCode, boolean publishedOnly) {

	RankingScope(String methodologyCode, int year, ScoreStage stage, String parentCode) {
		this(methodologyCode, year, stage, parentCode, false);
	}

}
