package vn.parmonitor.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan to create or replace, with all its tasks (GraphQL {@code PlanInput}). */
public record PlanInput(String code, String name, String ownerUnitCode, Integer year, String decision,
		LocalDate issuedOn, String replacesCode, PlanStatus status, String methodologyCode, String description,
		List<PlanTaskInput> tasks) {

	public List<PlanTaskInput> tasksOrEmpty() {
		return tasks == null ? List.of() : tasks;
	}

	/** One task (GraphQL {@code PlanTaskInput}). */
	public record PlanTaskInput(String code, String title, String responsibleUnitCode, LocalDate deadline,
			TaskStatus status, List<String> criterionCodes) {
	}

}
