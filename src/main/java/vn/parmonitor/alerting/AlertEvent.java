package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.time.Instant;

import vn.parmonitor.evaluation.TargetStatus;

/**
 * One entry of an alert's history.
 *
 * @param seq 1 for the opening, then counting up: with the alert id it names the event everywhere (notifications)
 * @param runId the evaluation run that caused it (none for acknowledgements)
 * @param by who acknowledged (acknowledgements)
 */
public record AlertEvent(int seq, AlertEventType type, Instant at, String runId, AlertSeverity severity,
		TargetStatus status, BigDecimal actual, BigDecimal expected, BigDecimal projected, String by, String note) {
}
