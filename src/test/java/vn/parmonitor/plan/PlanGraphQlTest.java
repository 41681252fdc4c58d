package vn.parmonitor.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.Examples;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans as the Department keeps them: tasks judged at the evaluation time, replacement only within one unit. */
@ParMonitorIntegrationTest
class PlanGraphQlTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TargetService plans;

	@Test
	void tasksAreOverdueAsOfTheEvaluationTimeNotTheWallClock() {
		// The demo replays 10 November 2023: T02 (due 30 September) and T07 (due 31 October) are late, T06 (due
		// 30 November) and T08 (due 15 November) are not yet, T01 is done.
		List<Map<String, Object>> tasks = graphQl.document("{ plan(code: \"LS-PAR-2023\") { tasks { code overdue } } }")
			.execute()
			.path("plan.tasks")
			.entityList(Examples.mapType())
			.get();
		assertThat(tasks).filteredOn(task -> Boolean.TRUE.equals(task.get("overdue")))
			.extracting(task -> task.get("code"))
			.containsExactly("T02", "T07");
		assertThat(tasks).hasSize(8);
	}

	@Test
	void aDistrictsPlanCannotReplaceTheProvincesPlan() {
		var errors = Testers.admin(graphQl).document("""
				mutation { upsertPlan(input: { code: "T-VQ-PLAN", name: "Kế hoạch của huyện Văn Quan",
				  ownerUnitCode: "184", year: 2023, replacesCode: "LS-PAR-2023" }) {
				  plan { code } userErrors { field message code } } }""")
			.execute()
			.path("upsertPlan.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.get("message")).isEqualTo("plan T-VQ-PLAN of unit 184 cannot replace plan LS-PAR-2023 of "
					+ "unit 20: a plan replaces only a plan of its own unit");
			assertThat(error.get("field")).isEqualTo(List.of("input", "replacesCode"));
			assertThat(error.get("code")).isEqualTo("INVALID");
		});
		assertThat(plans.findPlan("T-VQ-PLAN")).isEmpty();
		assertThat(plans.findPlan("LS-PAR-2023").orElseThrow().status()).isEqualTo(PlanStatus.ACTIVE);
	}


}
