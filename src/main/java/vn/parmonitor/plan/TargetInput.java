package vn.parmonitor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A target to create or replace (GraphQL {@code TargetInput}); see {@link Target}. */
public record TargetInput(String code, String planCode, String name, TargetKind kind, String subjectUnitCode,
		String responsibleUnitCode, Importance importance, Integer year, String methodologyCode, String nodeCode,
		RankScope rankScope, String indicatorCode, TargetComparator comparator, BigDecimal targetValue,
		BaselineInput baseline, LocalDate deadline, List<MilestoneInput> milestones, Boolean active, String notes) {

	/**
	 * The same target with its units' codes turned into the keys of the units they name on its deadline (the end of
	 * its year without one).
	 */
	public TargetInput keyed(vn.parmonitor.unit.UnitService units) {
		java.util.function.Function<String, String> key = unit -> deadline != null ? units.keyOn(unit, deadline)
				: units.keyInYear(unit, year);
		return new TargetInput(code, planCode, name, kind, key.apply(subjectUnitCode), key.apply(responsibleUnitCode),
				importance, year, methodologyCode, nodeCode, rankScope,
				indicatorCode, comparator, targetValue, baseline, deadline, milestones, active, notes);
	}

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
