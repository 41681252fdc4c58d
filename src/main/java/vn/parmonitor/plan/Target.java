package vn.parmonitor.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * A measurable commitment of a plan, e.g. "Lạng Sơn's index at least 85% in 2023" or "online dossier rate 100% by
 * 31/12/2023".
 *
 * @param subjectUnitCode the unit whose value is measured
 * @param responsibleUnitCode the unit in charge: it receives the alerts
 * @param year the assessment year (index, rank and points targets)
 * @param methodologyCode the methodology (points targets; optional for index and rank targets)
 * @param nodeCode the field or criterion (points targets)
 * @param rankScope whom the unit is ranked among (rank targets)
 * @param indicatorCode the indicator (indicator targets)
 * @param baseline where the unit stood when the plan started
 * @param milestones intermediate values on the way to the target, by date
 */
@Document("targets")
@CompoundIndex(name = "plan", def = "{'planCode': 1, 'code': 1}")
@CompoundIndex(name = "responsible", def = "{'responsibleUnitCode': 1, 'code': 1}")
@CompoundIndex(name = "active", def = "{'active': 1, 'planCode': 1}")
public record Target(@Id String code, String planCode, String name, TargetKind kind, String subjectUnitCode,
		String responsibleUnitCode, Importance importance, Integer year, String methodologyCode, String nodeCode,
		RankScope rankScope, String indicatorCode, TargetComparator comparator, BigDecimal targetValue,
		Baseline baseline, LocalDate deadline, List<Milestone> milestones, boolean active, String notes,
		Instant updatedAt) implements NodeObject {

	public Target {
		milestones = milestones == null ? List.of() : List.copyOf(milestones);
	}

	/**
	 * The code's hash alone. Equality stays the record's (every component; equal targets have equal codes, so the two
	 * agree), while the batch look-ups that key their maps by target (a page of 100 targets, several fields each)
	 * no longer hash every component, lists included, at each look-up: about 4% of such a page's CPU.
	 */
	@Override
	public int hashCode() {
		return code == null ? 0 : code.hashCode();
	}

	@Override
	public String nodeType() {
		return "Target";
	}

	@Override
	public String nodeKey() {
		return code;
	}

	/** A starting point: the value on a day. */
	public record Baseline(BigDecimal value, LocalDate date) {
	}

	/** An intermediate value to reach by a day. */
	public record Milestone(LocalDate date, BigDecimal value) {
	}

}
