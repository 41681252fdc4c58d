package vn.parmonitor.alerting;

/** What happened to an alert; OPENED, ESCALATED and RESOLVED are delivered to the unit. */
public enum AlertEventType {

	OPENED(true), ESCALATED(true), DEESCALATED(false), ACKNOWLEDGED(false), RESOLVED(true);

	private final boolean notifies;

	AlertEventType(boolean notifies) {
		this.notifies = notifies;
	}

	public boolean notifies() {
		return notifies;
	}

}
