package vn.parmonitor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A target to create or replace (GraphQL {@code TargetInput}); see {@link Target}. */
public record TargetInput(String code, String planCode, String name, TargetKind kind, String subjectUnitCode,
		String responsibleUnitCode, Importance importance, Integer year, String methodologyCode, String nodeCode,
		RankScope rankScope, String indicatorCode, TargetComparator comparator, BigDecimal targetValue,
		BaselineInput baseline, LocalDate deadline, List<MilestoneInput> milestones, Boolean active, String notes) {

	public List<MilestoneInput> milestonesOrEmpty() {
		return milestones == null ? List.of() : milestones;
	}

	/** GraphQL {@code BaselineInput}. */
	public record BaselineInput(BigDecimal value, LocalDate date) {
	}

	/** GraphQL {@code MilestoneInput}. */
	public record MilestoneInput(LocalDate date, BigDecimal value) {
	}

}
