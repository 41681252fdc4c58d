package vn.parmonitor.plan;

/** Where a plan stands; only the targets of ACTIVE plans are evaluated. */
public enum PlanStatus {

	ACTIVE,
	/** Replaced by another plan (e.g. Plan 02/KH-UBND replaced by Lạng Sơn's PAR plan 2023). */
	SUPERSEDED,
	/** Its period is over. */
	CLOSED

}
