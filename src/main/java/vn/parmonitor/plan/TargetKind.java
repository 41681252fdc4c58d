package vn.parmonitor.plan;

/** What a target measures. */
public enum TargetKind {

	/** A unit's index (%) in a year: at least the target value. */
	UNIT_INDEX,
	/** A unit's rank among its peers in a year: at most the target value. */
	UNIT_RANK,
	/** A unit's points in one field or criterion in a year: at least the target value. */
	NODE_POINTS,
	/** An indicator's value for a unit by a deadline: at least or at most the target value. */
	INDICATOR

}
