package vn.parmonitor.assessment;

import java.time.Instant;

/**
 * Where one unit expected to self-assess stands against its calendar.
 *
 * @param state null when the unit has recorded nothing yet
 * @param submittedAt when it last submitted, null if it never did
 * @param submitted whether its self-assessment is in (SUBMITTED, APPRAISED or PUBLISHED)
 * @param overdue not submitted, and the due date has passed
 */
public record UnitSubmission(String unitCode, AssessmentState state, Instant submittedAt, boolean submitted,
		boolean overdue) {
}
