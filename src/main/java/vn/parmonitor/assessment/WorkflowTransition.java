package vn.parmonitor.assessment;

import java.time.Instant;

import vn.parmonitor.system.audit.Actor;

/**
 * One step of an assessment's workflow.
 *
 * @param reason why, where the step undoes something (a return, a reopening); the note given otherwise
 */
public record WorkflowTransition(AssessmentState from, AssessmentState to, Instant at, Actor by, String reason) {
}
