package vn.parmonitor.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan to create or replace, with all its tasks (GraphQL {@code PlanInput}). */
public record PlanInput(String code, String name, String ownerUnitCode, Integer year, String decision,
		LocalDate issuedOn, String replacesCode, PlanStatus status, String methodologyCode, String description,
		List<PlanTaskInput> tasks) {

	/** The same plan with its units' codes turned into the keys of the units they name at the end of its year. */
	PlanInput keyed(vn.parmonitor.unit.UnitService units) {
		LocalDate day = vn.parmonitor.unit.UnitService.dayOfYear(year);
		List<vn.parmonitor.unit.UnitService.DatedReference> references = new java.util.ArrayList<>();
		references.add(new vn.parmonitor.unit.UnitService.DatedReference(ownerUnitCode, day));
		tasksOrEmpty().stream().filter(java.util.Objects::nonNull)
			.forEach(task -> references.add(new vn.parmonitor.unit.UnitService.DatedReference(task.responsibleUnitCode(), day)));
		// One look-up for the owner and every task's unit.
		java.util.Map<vn.parmonitor.unit.UnitService.DatedReference, String> keys = units.keysOn(references);
		java.util.function.Function<String, String> key = code -> keys
			.get(new vn.parmonitor.unit.UnitService.DatedReference(code, day));
		List<PlanTaskInput> keyedTasks = tasks == null ? null
				: tasks.stream().map(task -> task == null ? null
						: new PlanTaskInput(task.code(), task.title(), key.apply(task.responsibleUnitCode()),
								task.deadline(), task.status(), task.criterionCodes()))
					.toList();
		return new PlanInput(code, name, key.apply(ownerUnitCode), year, decision, issuedOn, replacesCode,
				status, methodologyCode, description, keyedTasks);
	}

	public List<PlanTaskInput> tasksOrEmpty() {
		return tasks == null ? List.of() : tasks;
	}

	/** One task (GraphQL {@code PlanTaskInput}). */
	public record PlanTaskInput(String code, String title, String responsibleUnitCode, LocalDate deadline,
			TaskStatus status, List<String> criterionCodes) {
	}

}
