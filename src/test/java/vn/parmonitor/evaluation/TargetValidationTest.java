package vn.parmonitor.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.plan.TargetService;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets that cannot be measured or whose time runs backwards are refused, and nothing of the batch is stored. */
@ParMonitorIntegrationTest
class TargetValidationTest {

	private static final String UPSERT = """
			mutation($targets: [TargetInput!]!) {
			  upsertTargets(input: { targets: $targets }) { targets { code } userErrors { field message code } }
			}""";

	HttpGraphQlTester graphQl;

	@Autowired
	TargetService targets;

	@Autowired
	void admin(HttpGraphQlTester tester) {
		graphQl = Testers.admin(tester);
	}

	static Map<String, Object> indicatorTarget(String code) {
		Map<String, Object> target = new HashMap<>(Map.of("code", code, "planCode", "LS-PAR-2023", "name", "Thử",
				"kind", "INDICATOR", "subjectUnitCode", "20", "indicatorCode", "ONLINE_DOSSIER_RATE", "targetValue", "100",
				"baseline", Map.of("value", "69.24", "date", "2022-12-31"), "deadline", "2023-12-31"));
		return target;
	}

	@Test
	void eachProblemIsRefusedWithAUserErrorAndNothingIsStored() {
		Map<String, Object> good = indicatorTarget("T-GOOD-TARGET");
		Map<String, Object> backwards = indicatorTarget("T-BACKWARDS");
		backwards.put("deadline", "2022-06-30");
		Map<String, Object> tooHigh = indicatorTarget("T-TOO-HIGH");
		tooHigh.put("targetValue", "120");
		Map<String, Object> unknownUnit = indicatorTarget("T-UNKNOWN-UNIT");
		unknownUnit.put("subjectUnitCode", "NO-SUCH-UNIT");
		Map<String, Object> unknownIndicator = indicatorTarget("T-UNKNOWN-INDICATOR");
		unknownIndicator.put("indicatorCode", "NO_SUCH_INDICATOR");
		Map<String, Object> rank = new HashMap<>(Map.of("code", "T-RANK", "planCode", "LS-PAR-2023", "name", "Hạng",
				"kind", "UNIT_RANK", "subjectUnitCode", "184", "year", 2023, "targetValue", "6.5",
				"baseline", Map.of("value", "10", "date", "2023-01-01"), "deadline", "2023-12-31"));
		var errors = graphQl.document(UPSERT)
			.variable("targets", List.of(good, backwards, tooHigh, unknownUnit, unknownIndicator, rank))
			.execute()
			.path("upsertTargets.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message")).containsExactly(
				"deadline 2022-06-30 is not after the baseline date 2022-12-31 (accepted: a day after 2022-12-31)",
				"target value 120 of the value of ONLINE_DOSSIER_RATE is above 100 (accepted: 0 to 100)",
				"unit NO-SUCH-UNIT does not exist", "indicator NO_SUCH_INDICATOR does not exist",
				"target value 6.5 of the rank must be a whole number");
		assertThat(errors).extracting(error -> error.get("field")).containsExactly(
				List.of("input", "targets", "1", "deadline"), List.of("input", "targets", "2", "targetValue"),
				List.of("input", "targets", "3", "subjectUnitCode"), List.of("input", "targets", "4", "indicatorCode"),
				List.of("input", "targets", "5", "targetValue"));
		assertThat(targets.findTarget("T-GOOD-TARGET")).as("nothing of a refused batch is stored").isEmpty();
	}

	@Test
	void milestonesMustFallBetweenBaselineAndDeadlineInOrder() {
		Map<String, Object> target = indicatorTarget("T-MILESTONES");
		target.put("milestones", List.of(Map.of("date", "2023-06-30", "value", "85"), Map.of("date", "2023-03-31",
				"value", "80")));
		graphQl.document(UPSERT).variable("targets", List.of(target)).execute()
			.path("upsertTargets.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("milestone 2 dated 2023-03-31 must fall after 2023-06-30 and before the deadline 2023-12-31");
	}

}
