package vn.parmonitor.plan;

/** How much a target matters to the Steering Committee; shown with its alerts. */
public enum Importance {

	CRITICAL, HIGH, NORMAL, LOW

}
