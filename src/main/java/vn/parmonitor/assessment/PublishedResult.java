package vn.parmonitor.assessment;

/**
 * One published result in a unit's history (GraphQL {@code PublishedResult}): its own, or, for the years before it
 * existed, one of its predecessors' (the new Bắc Ninh's 2024 is old Bắc Ninh's and old Bắc Giang's).
 *
 * @param generation 0 for the unit's own result, 1 for a unit it was formed from, 2 for one that unit was formed from
 * @param view the result as published
 * @param rank its place in the published ranking of its methodology and year; null when that ranking does not hold it
 * @param methodologyNote how the year's methodology differs from the previous result's, or null when it is the same
 */
public record PublishedResult(int year, String unitCode, int generation, AssessmentView view, RankPosition rank,
		String methodologyNote) {

	public boolean ofPredecessor() {
		return generation > 0;
	}

}
