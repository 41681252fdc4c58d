package vn.parmonitor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.parmonitor.ParMonitorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** What an evaluation run reads: every active target of every active plan once, in code order, a batch at a time. */
@ParMonitorIntegrationTest
class ActiveTargetBatchesTest {

	@Autowired
	TargetService targets;

	@Test
	void everyActiveTargetComesOnceInCodeOrderInBatchesOfAtMostTheSizeAndAnInactiveOneNever() {
		// A plan of the test's own, so that no other test's counts of the demo plan change.
		assertThat(targets.upsertPlan(new PlanInput("T-BATCH-PLAN", "Kế hoạch thử lô", "20", 2023, null, null, null, null,
				null, null, List.of())).userErrors()).isEmpty();
		assertThat(targets.upsertTargets(List.of(target("T-BATCH-OFF", false))).userErrors()).isEmpty();
		List<List<Target>> batches = new ArrayList<>();
		targets.forEachActiveBatch(7, batches::add);

		List<String> handed = batches.stream().flatMap(List::stream).map(Target::code).toList();
		assertThat(handed).as("the active targets of the active plans, once each, in code order")
			.isEqualTo(targets.activeTargetCodes())
			.doesNotHaveDuplicates()
			.isSorted()
			.doesNotContain("T-BATCH-OFF");
		assertThat(handed.size()).as("the demo's active targets, more than a batch").isGreaterThan(7);
		assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 7));
		assertThat(batches.subList(0, batches.size() - 1)).as("every batch but the last full")
			.allSatisfy(batch -> assertThat(batch).hasSize(7));
		assertThat(batches).allSatisfy(batch -> assertThat(batch).allMatch(Target::active));
	}

	private static TargetInput target(String code, boolean active) {
		return new TargetInput(code, "T-BATCH-PLAN", "Thử lô " + code, TargetKind.INDICATOR, "20", "20-TTPVHCC", null, null,
				null, null, null, "ONLINE_DOSSIER_RATE", null, BigDecimal.valueOf(100),
				new TargetInput.BaselineInput(BigDecimal.valueOf(60), LocalDate.of(2022, 12, 31)), LocalDate.of(2023, 12, 31),
				null, active, null);
	}

}
