package vn.parmonitor.methodology;

/** The rules a {@link ScoringRubric} may follow. */
public enum RubricKind {

	/** Linear between a value worth nothing and a value worth the maximum. */
	LINEAR,
	/** Fixed points per band of values. */
	BANDS,
	/** Points in proportion to the value's share of a target. */
	PROPORTIONAL

}
