package vn.parmonitor.alerting;

import vn.parmonitor.evaluation.TargetStatus;

/** How bad a lag is: AT_RISK raises a warning, OFF_TRACK a critical alert. */
public enum AlertSeverity {

	WARNING, CRITICAL;

	/** The severity a lagging status calls for. */
	static AlertSeverity of(TargetStatus status) {
		return switch (status) {
			case AT_RISK -> WARNING;
			case OFF_TRACK -> CRITICAL;
			default -> throw new IllegalArgumentException(status + " is not a lagging status");
		};
	}

}
