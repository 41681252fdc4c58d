package vn.parmonitor.alerting;

import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.evaluation.TargetStatus;

/**
 * What an evaluation does to a target's alert, pure: a lagging target opens an alert (warning when AT_RISK,
 * critical when OFF_TRACK), raises or lowers its severity while it lasts, and resolves it once ON_TRACK or ACHIEVED.
 * NO_DATA changes nothing: missing data is no evidence of recovery.
 */
final class AlertLifecycle {

	private AlertLifecycle() {
	}

	/**
	 * @param open the target's unresolved alert, or {@code null}
	 */
	static Change decide(Alert open, TargetEvaluation evaluation) {
		TargetStatus status = evaluation.status();
		if (status == TargetStatus.NO_DATA) {
			return open == null ? Change.NONE : Change.REFRESH;
		}
		if (!status.lagging()) {
			return open == null ? Change.NONE : Change.RESOLVE;
		}
		if (open == null) {
			return Change.OPEN;
		}
		int comparison = AlertSeverity.of(status).compareTo(open.severity());
		return comparison > 0 ? Change.ESCALATE : comparison < 0 ? Change.DEESCALATE : Change.REFRESH;
	}

	enum Change {

		/** Nothing to do. */
		NONE,
		/** Open a new alert. */
		OPEN,
		/** Raise the severity; an acknowledged alert becomes open again. */
		ESCALATE,
		/** Lower the severity. */
		DEESCALATE,
		/** Same severity: update the numbers, no history entry. */
		REFRESH,
		/** Back on track: resolve. */
		RESOLVE

	}

}
