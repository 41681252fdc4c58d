package vn.parmonitor.assessment;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.Authorization;
import vn.parmonitor.unit.UnitService;

/**
 * The workflow's mutations, each by its role: the unit submits, the council returns or appraises, the Department
 * publishes and reopens. The Department may also submit for a unit (a unit without an officer in the system).
 */
@Controller
class WorkflowController {

	private final AssessmentWorkflow workflow;

	private final AssessmentReader reader;

	private final UnitService units;

	WorkflowController(AssessmentWorkflow workflow, AssessmentReader reader, UnitService units) {
		this.workflow = workflow;
		this.reader = reader;
		this.units = units;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT')")
	WorkflowResult submitAssessment(@Argument StepInput input) {
		ApiPrincipal caller = ApiPrincipal.current().orElseThrow();
		StepInput keyed = input.keyed(units);
		Authorization.requireScope(List.of(String.valueOf(keyed.unitCode())),
				() -> units.selfAndDescendantCodes(caller.unitCode()));
		return workflow.submit(keyed.step(null, null));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'APPRAISER')")
	WorkflowResult returnAssessment(@Argument ReturnInput input) {
		return workflow.returnForChanges(new WorkflowStep(units.keyInYear(input.unitCode(), input.year()),
				input.methodologyCode(), input.year(), input.reason(), input.comments(), null));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'APPRAISER')")
	WorkflowResult appraiseAssessment(@Argument StepInput input) {
		return workflow.appraise(input.keyed(units).step(null, null));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	WorkflowResult publishAssessment(@Argument StepInput input) {
		return workflow.publish(input.keyed(units).step(null, null));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	WorkflowResult reopenAssessment(@Argument ReopenInput input) {
		return workflow.reopen(new WorkflowStep(units.keyInYear(input.unitCode(), input.year()),
				input.methodologyCode(), input.year(), input.reason(), List.of(), input.toState()));
	}

	@SchemaMapping(typeName = "AssessmentWorkflowPayload")
	AssessmentView assessment(WorkflowResult result) {
		return result.assessment() == null ? null : reader.views(List.of(result.assessment()), null).get(0);
	}

	@SchemaMapping(typeName = "AssessmentWorkflowPayload")
	List<UserError> userErrors(WorkflowResult result) {
		return result.userErrors();
	}

	@SchemaMapping(typeName = "Assessment")
	AssessmentState state(AssessmentView view) {
		return view.assessment().state();
	}

	@SchemaMapping(typeName = "Assessment")
	List<WorkflowTransition> transitions(AssessmentView view) {
		return view.assessment().workflowOrInitial().transitions();
	}

	@SchemaMapping(typeName = "Assessment")
	List<ReturnComment> returnComments(AssessmentView view) {
		return view.assessment().workflowOrInitial().returnComments();
	}

	@SchemaMapping(typeName = "Assessment")
	List<Publication> publications(AssessmentView view) {
		return view.assessment().workflowOrInitial().publications();
	}

	@SchemaMapping(typeName = "Publication")
	java.math.BigDecimal points(Publication publication) {
		return Points.shown(publication.points());
	}

	record StepInput(String unitCode, String methodologyCode, Integer year, String note) {

		/** The same step with the unit's code turned into the key of the unit it names in the year. */
		StepInput keyed(UnitService units) {
			return new StepInput(units.keyInYear(unitCode, year), methodologyCode, year, note);
		}

		WorkflowStep step(List<ReturnComment> comments, AssessmentState toState) {
			return new WorkflowStep(unitCode, methodologyCode, year, note, comments, toState);
		}

	}

	record ReturnInput(String unitCode, String methodologyCode, Integer year, String reason,
			List<ReturnComment> comments) {
	}

	record ReopenInput(String unitCode, String methodologyCode, Integer year, String reason, AssessmentState toState) {
	}

}
