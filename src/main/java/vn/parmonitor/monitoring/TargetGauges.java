package vn.parmonitor.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.evaluation.TargetStatus;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.plan.Target;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;

/**
 * Per-target series from the latest evaluation run, labelled by codes only: {@code target}, {@code unit} (the unit
 * whose value is measured) and {@code owner_agency} (the responsible unit, which receives the alerts); other
 * attributes sit on {@code par_target_info}, to be joined on {@code target}. Ratios are "of the target", oriented so
 * that 1 or more means the target is met (ranks and lower-is-better indicators are inverted).
 */
class TargetGauges {

	private final MultiGauge actual;

	private final MultiGauge expected;

	private final MultiGauge projected;

	private final MultiGauge status;

	private final MultiGauge dataAge;

	private final MultiGauge info;

	private final MultiGauge value;

	private final MultiGauge byStatus;

	private final ForecastGauges forecasts;

	TargetGauges(MeterRegistry registry) {
		forecasts = new ForecastGauges(registry);
		actual = ratio(registry, "par.target.actual", "Actual value as a ratio of the target (1 or more: met)");
		expected = ratio(registry, "par.target.expected", "Value expected by now as a ratio of the target");
		projected = ratio(registry, "par.target.projected", "Value projected at the deadline as a ratio of the target");
		status = MultiGauge.builder("par.target.status")
			.description("1 for the target's status at the latest evaluation, 0 for the other statuses")
			.register(registry);
		dataAge = MultiGauge.builder("par.target.data.age")
			.baseUnit("seconds")
			.description("Age of the data behind the latest evaluation, at the time evaluated as of")
			.register(registry);
		info = MultiGauge.builder("par.target.info")
			.description("Attributes of a target (always 1): plan, kind, indicator, importance")
			.register(registry);
		value = MultiGauge.builder("par.target.value")
			.description("The target value itself (e.g. 85 for an index of at least 85%, 35 for a rank of at most 35)")
			.register(registry);
		byStatus = MultiGauge.builder("par.targets")
			.description("Active targets by status at the latest evaluation and by the kind of the unit they measure")
			.register(registry);
	}

	private static MultiGauge ratio(MeterRegistry registry, String name, String description) {
		return MultiGauge.builder(name).baseUnit("ratio").description(description).register(registry);
	}

	void update(Map<String, TargetEvaluation> latest, Map<String, Target> targets, Map<String, Unit> units,
			Set<UnitKind> perTargetKinds) {
		Rows rows = new Rows(perTargetKinds);
		latest.values().forEach(evaluation -> rows.add(evaluation, targets.get(evaluation.targetCode()),
				units.get(evaluation.subjectUnitCode())));
		publish(rows);
	}

	/** Replaces every series by those of {@code rows}. */
	void publish(Rows rows) {
		List<MultiGauge.Row<?>> countRows = new ArrayList<>();
		rows.counts.forEach((kind, ofKind) -> {
			for (TargetStatus each : TargetStatus.values()) {
				countRows.add(MultiGauge.Row.of(Tags.of("unit_kind", kind.name(), "status", each.name()),
						ofKind.getOrDefault(each, 0)));
			}
		});
		actual.register(rows.actual, true);
		expected.register(rows.expected, true);
		projected.register(rows.projected, true);
		status.register(rows.status, true);
		dataAge.register(rows.age, true);
		info.register(rows.info, true);
		value.register(rows.value, true);
		byStatus.register(countRows, true);
		forecasts.update(rows.forecasts);
	}

	/**
	 * The series of one run, gathered a few evaluations at a time: only the per-target rows (and the counts) are kept,
	 * not the evaluations, so that a national run (29,570 targets, most of them communes') is never held whole.
	 */
	static final class Rows {

		private final Set<UnitKind> perTargetKinds;

		private final List<MultiGauge.Row<?>> actual = new ArrayList<>();

		private final List<MultiGauge.Row<?>> expected = new ArrayList<>();

		private final List<MultiGauge.Row<?>> projected = new ArrayList<>();

		private final List<MultiGauge.Row<?>> status = new ArrayList<>();

		private final List<MultiGauge.Row<?>> age = new ArrayList<>();

		private final List<MultiGauge.Row<?>> info = new ArrayList<>();

		private final List<MultiGauge.Row<?>> value = new ArrayList<>();

		private final List<ForecastGauges.Labelled> forecasts = new ArrayList<>();

		private final Map<UnitKind, Map<TargetStatus, Integer>> counts = new EnumMap<>(UnitKind.class);

		Rows(Set<UnitKind> perTargetKinds) {
			this.perTargetKinds = perTargetKinds;
		}

		/** Adds the series of one evaluation; one of a target or unit no longer known adds none. */
		void add(TargetEvaluation evaluation, Target target, Unit unit) {
			if (target == null || unit == null) {
				return;
			}
			counts.computeIfAbsent(unit.kind(), kind -> new EnumMap<>(TargetStatus.class))
				.merge(evaluation.status(), 1, Integer::sum);
			if (!perTargetKinds.contains(unit.kind())) {
				return;
			}
			Tags tags = Tags.of("target", target.code(), "unit", unit.key(), "owner_agency",
					evaluation.responsibleUnitCode());
			TargetGauges.add(actual, tags, evaluation.attainment(evaluation.actual()));
			TargetGauges.add(expected, tags, evaluation.attainment(evaluation.expected()));
			TargetGauges.add(projected, tags, evaluation.attainment(evaluation.projected()));
			for (TargetStatus each : TargetStatus.values()) {
				status.add(MultiGauge.Row.of(tags.and("status", each.name()), each == evaluation.status() ? 1 : 0));
			}
			if (evaluation.dataDate() != null) {
				LocalDate evaluatedOn = LocalDate.ofInstant(evaluation.evaluatedAt(), VietnamTime.ZONE);
				long seconds = Duration.between(evaluation.dataDate().plusDays(1).atStartOfDay(VietnamTime.ZONE),
						evaluatedOn.plusDays(1).atStartOfDay(VietnamTime.ZONE)).toSeconds();
				age.add(MultiGauge.Row.of(tags, Math.max(0, seconds)));
			}
			info.add(MultiGauge.Row.of(tags.and("plan", target.planCode(), "kind", target.kind().name(), "indicator",
					target.indicatorCode() == null ? "" : target.indicatorCode(), "importance", target.importance().name()), 1));
			value.add(MultiGauge.Row.of(tags, target.targetValue().doubleValue()));
			forecasts.add(new ForecastGauges.Labelled(evaluation, tags));
		}

	}

	private static void add(List<MultiGauge.Row<?>> rows, Tags tags, BigDecimal value) {
		if (value != null) {
			rows.add(MultiGauge.Row.of(tags, value.doubleValue()));
		}
	}

}
