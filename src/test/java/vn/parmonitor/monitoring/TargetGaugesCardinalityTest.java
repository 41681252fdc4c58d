package vn.parmonitor.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import vn.parmonitor.evaluation.ForecastTrace;
import vn.parmonitor.evaluation.Provenance;
import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.forecast.PathLever;
import vn.parmonitor.evaluation.TargetStatus;
import vn.parmonitor.plan.Importance;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetComparator;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cardinality budget: targets of districts get series of their own, eleven per target; a thousand commune targets add
 * nothing but the by-status counts.
 */
class TargetGaugesCardinalityTest {

	@Test
	void communeTargetsAreAggregatedAndOtherTargetsCostTenSeriesEach() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		TargetGauges gauges = new TargetGauges(registry);
		Map<String, TargetEvaluation> latest = new HashMap<>();
		Map<String, Target> targets = new HashMap<>();
		Map<String, Unit> units = new HashMap<>();
		addTargets(10, UnitKind.DISTRICT, latest, targets, units);
		addTargets(1000, UnitKind.COMMUNE, latest, targets, units);
		gauges.update(latest, targets, units, new MetricsProperties(null, null).perTargetUnitKinds());
		long perTarget = registry.getMeters().stream().map(Meter::getId)
			.filter(id -> id.getName().startsWith("par.target.")).count();
		long aggregates = registry.getMeters().stream().map(Meter::getId)
			.filter(id -> id.getName().equals("par.targets")).count();
		assertThat(perTarget).as("3 ratios, 5 statuses, data age, info and value for each district target").isEqualTo(110);
		assertThat(aggregates).as("unit kind × status").isEqualTo(2 * 5);
		assertThat(registry.find("par.targets").tags("unit_kind", "COMMUNE", "status", "AT_RISK").gauge().value())
			.isEqualTo(1000);
	}

	@Test
	void aForecastTargetCostsElevenSeriesMoreWhateverItsPathHolds() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		Map<String, TargetEvaluation> latest = new HashMap<>();
		Map<String, Target> targets = new HashMap<>();
		Map<String, Unit> units = new HashMap<>();
		addTargets(1, UnitKind.PROVINCE, latest, targets, units);
		TargetEvaluation plain = latest.values().iterator().next();
		List<ForecastTrace.Step> path = java.util.stream.IntStream.range(0, 10)
			.mapToObj(i -> new ForecastTrace.Step("7.3." + i, PathLever.INDICATOR, BigDecimal.ONE, BigDecimal.valueOf(i + 1),
					false, "20-STTTT", "RATE", BigDecimal.TEN, "takes"))
			.toList();
		ForecastTrace forecast = new ForecastTrace(new BigDecimal("56"), new BigDecimal("48"), new BigDecimal("60"),
				new BigDecimal("85.5"), new BigDecimal("0.02"), "forecast", new BigDecimal("4.6"), path);
		latest.put(plain.targetCode(), new TargetEvaluation(plain.id(), plain.runId(), plain.targetCode(), plain.planCode(),
				TargetKind.UNIT_RANK, plain.subjectUnitCode(), plain.responsibleUnitCode(), TargetComparator.AT_MOST,
				plain.evaluatedAt(), TargetStatus.OFF_TRACK, BigDecimal.valueOf(35), BigDecimal.valueOf(56), null,
				BigDecimal.valueOf(56), null, null, null, null, plain.dataDate(), new Provenance(null, List.of(), null, null, true,
						"FORECAST", 0, null, forecast), "", true));
		new TargetGauges(registry).update(latest, targets, units, new MetricsProperties(null, null).perTargetUnitKinds());
		assertThat(registry.getMeters().stream().map(Meter::getId).filter(id -> id.getName().startsWith("par.target.forecast")
				|| id.getName().startsWith("par.target.path"))).as("3 bounds, cut-off, chance, missing, 5 steps").hasSize(11);
		assertThat(registry.find("par.target.path.step.gain").tags("step", "01", "component", "7.3.0", "agency", "20-STTTT")
			.gauge()).isNotNull();
		assertThat(registry.find("par.target.forecast").tags("bound", "low").gauge().value()).isEqualTo(48);
	}

	private static void addTargets(int count, UnitKind kind, Map<String, TargetEvaluation> latest,
			Map<String, Target> targets, Map<String, Unit> units) {
		for (int i = 0; i < count; i++) {
			String unit = kind + "-" + i;
			String code = "T-" + unit;
			units.put(unit, new Unit(unit, unit, unit, unit, null, kind, null, List.of(), null, null, List.of(), null,
					List.of(), null, List.of(), null));
			targets.put(code, new Target(code, "P", code, TargetKind.INDICATOR, unit, unit, Importance.NORMAL, null, null,
					null, null, "RATE", TargetComparator.AT_LEAST, BigDecimal.valueOf(100),
					new Target.Baseline(BigDecimal.TEN, LocalDate.of(2022, 12, 31)), LocalDate.of(2023, 12, 31), List.of(),
					true, null, Instant.EPOCH));
			latest.put(code, new TargetEvaluation("r:" + code, "r", code, "P", TargetKind.INDICATOR, unit, unit,
					TargetComparator.AT_LEAST, Instant.parse("2023-11-10T02:00:00Z"), TargetStatus.AT_RISK,
					BigDecimal.valueOf(100), BigDecimal.valueOf(90), BigDecimal.valueOf(95), BigDecimal.valueOf(97),
					BigDecimal.TEN, null, null, null, LocalDate.of(2023, 10, 31), null, "", true));
		}
	}

}
