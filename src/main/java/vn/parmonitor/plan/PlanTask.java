package vn.parmonitor.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of a plan.
 *
 * @param criterionCodes criteria of the plan's methodology the task works on (e.g. {@code 7.3})
 */
public record PlanTask(String code, String title, String responsibleUnitCode, LocalDate deadline, TaskStatus status,
		List<String> criterionCodes) {

	public PlanTask {
		criterionCodes = criterionCodes == null ? List.of() : List.copyOf(criterionCodes);
	}

	/** Not finished and past its deadline on {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return deadline != null && !status.finished() && deadline.isBefore(today);
	}

}
