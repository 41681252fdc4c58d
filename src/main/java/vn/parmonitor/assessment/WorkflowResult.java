package vn.parmonitor.assessment;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The assessment after a transition, or why the transition was refused (then nothing changed). */
public record WorkflowResult(Assessment assessment, List<UserError> userErrors) {

	static WorkflowResult refused(List<UserError> errors) {
		return new WorkflowResult(null, errors);
	}

}
