package vn.parmonitor.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/** Checks a plan and its tasks against the stored units, plans and methodology. */
final class PlanValidator {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

	private final List<UserError> errors = new ArrayList<>();

	/**
	 * @param knownUnits the stored units among those the plan names
	 * @param replaced the stored plan named by {@code replacesCode}, or {@code null} when it names none or an unknown one
	 * @param tree the tree of the plan's methodology, or {@code null} when it names none or an unknown one
	 */
	static List<UserError> validate(PlanInput input, Set<String> knownUnits, Plan replaced, CriterionTree tree) {
		PlanValidator validator = new PlanValidator();
		validator.check(input, knownUnits, replaced, tree);
		return validator.errors;
	}

	private void check(PlanInput input, Set<String> knownUnits, Plan replaced, CriterionTree tree) {
		if (input.code() == null || !CODE.matcher(input.code()).matches()) {
			error(UserErrorCode.INVALID, "plan code '" + input.code()
					+ "' must be 1 to 64 letters, digits, '.', '_', '/' or '-'", "code");
		}
		if (input.name() == null || input.name().isBlank()) {
			error(UserErrorCode.REQUIRED, "the plan needs a name", "name");
		}
		if (!knownUnits.contains(input.ownerUnitCode())) {
			error(UserErrorCode.NOT_FOUND, "owner unit " + input.ownerUnitCode() + " does not exist", "ownerUnitCode");
		}
		if (input.year() == null || input.year() < 1990 || input.year() > 2100) {
			error(UserErrorCode.OUT_OF_RANGE, "year " + input.year() + " must be between 1990 and 2100", "year");
		}
		if (input.replacesCode() != null) {
			if (input.replacesCode().equals(input.code())) {
				error(UserErrorCode.INVALID, "a plan cannot replace itself", "replacesCode");
			}
			else if (replaced == null) {
				error(UserErrorCode.NOT_FOUND, "replaced plan " + input.replacesCode() + " does not exist", "replacesCode");
			}
			else if (!replaced.ownerUnitCode().equals(input.ownerUnitCode())) {
				error(UserErrorCode.INVALID, "plan " + input.code() + " of unit " + input.ownerUnitCode()
						+ " cannot replace plan " + replaced.code() + " of unit " + replaced.ownerUnitCode()
						+ ": a plan replaces only a plan of its own unit", "replacesCode");
			}
		}
		if (input.methodologyCode() != null && tree == null) {
			error(UserErrorCode.NOT_FOUND, "methodology " + input.methodologyCode() + " does not exist", "methodologyCode");
		}
		Set<String> taskCodes = new HashSet<>();
		List<PlanInput.PlanTaskInput> tasks = input.tasksOrEmpty();
		for (int i = 0; i < tasks.size(); i++) {
			checkTask(tasks.get(i), i, taskCodes, knownUnits, input.methodologyCode(), tree);
		}
	}

	private void checkTask(PlanInput.PlanTaskInput task, int i, Set<String> taskCodes, Set<String> knownUnits,
			String methodologyCode, CriterionTree tree) {
		if (task.code() == null || task.code().isBlank()) {
			taskError(UserErrorCode.REQUIRED, "task " + (i + 1) + " needs a code", i, "code");
		}
		else if (!taskCodes.add(task.code())) {
			taskError(UserErrorCode.DUPLICATE, "task code " + task.code() + " is used more than once", i, "code");
		}
		if (task.title() == null || task.title().isBlank()) {
			taskError(UserErrorCode.REQUIRED, "task " + task.code() + " needs a title", i, "title");
		}
		if (task.responsibleUnitCode() != null && !knownUnits.contains(task.responsibleUnitCode())) {
			taskError(UserErrorCode.NOT_FOUND, "task " + task.code() + ": responsible unit " + task.responsibleUnitCode()
					+ " does not exist", i, "responsibleUnitCode");
		}
		List<String> criteria = task.criterionCodes() == null ? List.of() : task.criterionCodes();
		if (!criteria.isEmpty() && methodologyCode == null) {
			taskError(UserErrorCode.REQUIRED, "task " + task.code()
					+ " links criteria: give the plan's methodologyCode they belong to", i, "criterionCodes");
		}
		else if (tree != null) {
			for (String criterion : criteria) {
				if (tree.node(criterion).isEmpty()) {
					taskError(UserErrorCode.NOT_FOUND, "task " + task.code() + ": criterion " + criterion
							+ " does not exist in " + methodologyCode, i, "criterionCodes");
				}
			}
		}
	}

	private void error(UserErrorCode code, String message, String field) {
		errors.add(UserError.of(code, message, "input", field));
	}

	private void taskError(UserErrorCode code, String message, int index, String field) {
		errors.add(UserError.of(code, message, "input", "tasks", index, field));
	}

}
