package vn.parmonitor.assessment;

import java.util.List;

/**
 * A transition asked for: which assessment, why, and for a return the council's comments per component.
 *
 * @param toState for a reopening, the state to go back to (APPRAISED when not given)
 */
public record WorkflowStep(String unitCode, String methodologyCode, Integer year, String reason,
		List<ReturnComment> comments, AssessmentState toState) {

	public WorkflowStep {
		comments = comments == null ? List.of() : List.copyOf(comments);
	}

}
