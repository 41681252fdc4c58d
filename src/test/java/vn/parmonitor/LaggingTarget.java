package vn.parmonitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.ObservationInput;
import vn.parmonitor.plan.PlanInput;
import vn.parmonitor.plan.TargetInput;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province of a test's own ({@code <prefix>-PROV}) with a department ({@code <prefix>-SO}) in charge of its
 * online-dossier target ({@code <prefix>-TARGET}, plan {@code <prefix>-PLAN}), whose observations lag far behind:
 * the next evaluation opens a critical alert for the department.
 */
public record LaggingTarget(String province, String department, String plan, String target) {

	public static LaggingTarget create(String prefix, UnitService units, TargetService targets,
			IndicatorService indicators) {
		LaggingTarget codes = new LaggingTarget(prefix + "-PROV", prefix + "-SO", prefix + "-PLAN", prefix + "-TARGET");
		assertThat(units.upsert(List.of(
				new UnitInput(codes.province(), "Tỉnh " + prefix, null, null, UnitKind.PROVINCE, null, null, null, null, null, null, null, null),
				new UnitInput(codes.department(), "Sở " + prefix, null, null, UnitKind.DEPARTMENT, codes.province(), null,
						null, null, null, null, null, null)))
			.userErrors()).isEmpty();
		assertThat(targets.upsertPlan(new PlanInput(codes.plan(), "Kế hoạch", codes.province(), 2023, null, null, null,
				null, null, null, List.of())).userErrors()).isEmpty();
		assertThat(targets.upsertTargets(List.of(new TargetInput(codes.target(), codes.plan(), "Hồ sơ trực tuyến",
				TargetKind.INDICATOR, codes.province(), codes.department(), null, null, null, null, null,
				"ONLINE_DOSSIER_RATE", null, BigDecimal.valueOf(100),
				new TargetInput.BaselineInput(BigDecimal.valueOf(60), LocalDate.of(2022, 12, 31)), LocalDate.of(2023, 12, 31),
				null, null, null))).userErrors()).isEmpty();
		List<ObservationInput> lagging = new ArrayList<>();
		for (int month = 5; month <= 10; month++) {
			lagging.add(new ObservationInput("ONLINE_DOSSIER_RATE", codes.province(), "2023-" + String.format("%02d", month),
					null, BigDecimal.valueOf(600 + 10 * month), BigDecimal.valueOf(1000), "test", null));
		}
		assertThat(indicators.record(lagging, false).userErrors()).isEmpty();
		return codes;
	}

}
