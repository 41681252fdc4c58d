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
		return keyedAll(java.util.Collections.singletonList(this), units).get(0);
	}

	/**
	 * {@link #keyed} for a batch, in one look-up of every unit it names (a batch of 500 targets once cost 1,000
	 * queries, each a scan of the units on the embedded store: 10 s at national scale). Null inputs stay null.
	 */
	public static List<TargetInput> keyedAll(List<TargetInput> inputs, vn.parmonitor.unit.UnitService units) {
		List<vn.parmonitor.unit.UnitService.DatedReference> references = new java.util.ArrayList<>();
		for (TargetInput input : inputs) {
			if (input != null) {
				references.add(input.reference(input.subjectUnitCode));
				references.add(input.reference(input.responsibleUnitCode));
			}
		}
		java.util.function.Function<vn.parmonitor.unit.UnitService.DatedReference, String> key = units
			.keysOn(references)::get;
		return inputs.stream().map(input -> input == null ? null
				: new TargetInput(input.code, input.planCode, input.name, input.kind,
						key.apply(input.reference(input.subjectUnitCode)), key.apply(input.reference(input.responsibleUnitCode)),
						input.importance, input.year, input.methodologyCode, input.nodeCode, input.rankScope,
						input.indicatorCode, input.comparator, input.targetValue, input.baseline, input.deadline,
						input.milestones, input.active, input.notes))
			.toList();
	}

	/** A unit code of this target as read on its deadline (the end of its year without one). */
	private vn.parmonitor.unit.UnitService.DatedReference reference(String unitCode) {
		return new vn.parmonitor.unit.UnitService.DatedReference(unitCode,
				deadline != null ? deadline : vn.parmonitor.unit.UnitService.dayOfYear(year));
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
