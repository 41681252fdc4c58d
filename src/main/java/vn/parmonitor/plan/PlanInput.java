package vn.parmonitor.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan to create or replace, with all its tasks (GraphQL {@code PlanInput}). */
public record PlanInput(String code, String name, String ownerUnitCode, Integer year, String decision,
		LocalDate issuedOn, String replacesCode, PlanStatus status, String methodologyCode, String description,
		List<PlanTaskInput> tasks) {

	/** The same plan with its units' codes turned into the keys of the units they name at the end of its year. */
	PlanInput keyed(vn.parmonitor.unit.UnitService units) {
		List<PlanTaskInput> keyedTasks = tasks == null ? null
				: tasks.stream().map(task -> task == null ? null
						: new PlanTaskInput(task.code(), task.title(), units.keyInYear(task.responsibleUnitCode(), year),
								task.deadline(), task.status(), task.criterionCodes()))
					.toList();
		return new PlanInput(code, name, units.keyInYear(ownerUnitCode, year), year, decision, issuedOn, replacesCode,
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
