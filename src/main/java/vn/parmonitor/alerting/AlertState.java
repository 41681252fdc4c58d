package vn.parmonitor.alerting;

/** An alert's life: open until its unit acknowledges it, resolved when the target is back on track. */
public enum AlertState {

	OPEN, ACKNOWLEDGED, RESOLVED;

	boolean active() {
		return this != RESOLVED;
	}

}
