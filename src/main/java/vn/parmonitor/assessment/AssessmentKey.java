package vn.parmonitor.assessment;

/**
 * Which assessment to read: a unit's in a year, under a given methodology (or the only one it has that year), at
 * a given stage (or its latest).
 */
public record AssessmentKey(String unitCode, int year, String methodologyCode, ScoreStage stage) {
}
