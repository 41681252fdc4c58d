package vn.parmonitor.assessment;

import java.util.ArrayList;
import java.util.List;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Refuses scores outside their stage's window of the workflow ({@link AssessmentState#accepts}), naming the state
 * the assessment is in, the states that take the stage and the way forward.
 */
final class ScoreWindows {

	private ScoreWindows() {
	}

	static List<UserError> check(Assessment current, ScoreBatch batch, boolean single) {
		AssessmentState state = current == null ? AssessmentState.OPEN : current.state();
		List<UserError> errors = new ArrayList<>();
		for (int i = 0; i < batch.scores().size(); i++) {
			ScoreStage stage = batch.scores().get(i).stage();
			if (!state.accepts(stage)) {
				List<String> path = new ArrayList<>(List.of("input"));
				if (!single) {
					path.addAll(List.of("scores", String.valueOf(i)));
				}
				path.add("stage");
				errors.add(new UserError(path, "the assessment of unit " + batch.unitCode() + " under "
						+ batch.methodologyCode() + " in " + batch.year() + " is " + state + ": " + stage
						+ " scores are recorded while it is " + AssessmentState.acceptingStates(stage) + "; "
						+ wayForward(state, stage), UserErrorCode.CONFLICT));
			}
		}
		return errors;
	}

	private static String wayForward(AssessmentState state, ScoreStage stage) {
		return switch (state) {
			case PUBLISHED -> "a published result changes only after an ADMIN reopens it with a reason (reopenAssessment)";
			case SUBMITTED -> "the unit's SELF scores are locked since it submitted them; the council may return the "
					+ "assessment for changes (returnAssessment)";
			case APPRAISED -> stage == ScoreStage.APPRAISED
					? "the council's appraisal is closed; an ADMIN may reopen it (reopenAssessment, to SUBMITTED)"
					: "the self-assessment is appraised; an ADMIN may reopen it (reopenAssessment)";
			case OPEN, RETURNED -> "appraised scores follow the unit's submission (submitAssessment)";
		};
	}

}
