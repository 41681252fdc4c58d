package vn.parmonitor.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.MongoCommandCounter;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's page of targets (issue 12): its total follows every write of the targets at once, and a page read again
 * while nothing changed reads the page without counting the targets again.
 */
@ParMonitorIntegrationTest
class TargetPageCountTest {

	private static final String PAGE = """
			query($plan: String!) { targets(filter: { planCode: $plan }, first: 2) {
			  totalCount pageInfo { hasNextPage } edges { node { code } } } }""";

	private static final String UPSERT = """
			mutation($targets: [TargetInput!]!) {
			  upsertTargets(input: { targets: $targets }) { userErrors { field message } } }""";

	HttpGraphQlTester graphQl;

	@Autowired
	MongoCommandCounter counter;

	@Autowired
	void admin(HttpGraphQlTester tester) {
		graphQl = Testers.admin(tester);
	}

	@Test
	void thePlansTotalFollowsEveryWriteAndAPageReadAgainCountsNothing() {
		plan("T-COUNT-A");
		plan("T-COUNT-B");
		upsert(target("T-COUNT-1", "T-COUNT-A"), target("T-COUNT-2", "T-COUNT-A"));
		assertThat(total("T-COUNT-A")).isEqualTo(2);

		List<String> again = commands("T-COUNT-A");
		assertThat(again).as("the page read again: %s", again).contains("find targets").doesNotContain("aggregate targets",
				"count targets");

		upsert(target("T-COUNT-3", "T-COUNT-A"));
		assertThat(total("T-COUNT-A")).as("a target added").isEqualTo(3);
		assertThat(graphQl.document(PAGE).variable("plan", "T-COUNT-A").execute()
			.path("targets.pageInfo.hasNextPage").entity(Boolean.class).get()).isTrue();

		upsert(target("T-COUNT-3", "T-COUNT-B"));
		assertThat(total("T-COUNT-A")).as("a target moved to another plan").isEqualTo(2);
		assertThat(total("T-COUNT-B")).isEqualTo(1);

		Map<String, Object> refused = target("T-COUNT-4", "T-COUNT-A");
		refused.put("targetValue", "120");
		assertThat(graphQl.document(UPSERT).variable("targets", List.of(target("T-COUNT-5", "T-COUNT-A"), refused))
			.execute().path("upsertTargets.userErrors").entityList(Map.class).get()).hasSize(1);
		assertThat(total("T-COUNT-A")).as("a refused batch writes nothing").isEqualTo(2);
	}

	private long total(String plan) {
		return graphQl.document(PAGE).variable("plan", plan).execute().path("targets.totalCount").entity(Long.class).get();
	}

	private List<String> commands(String plan) {
		return counter.commandsOf(graphQl, tagged -> tagged.document(PAGE).variable("plan", plan).execute()
			.path("targets.totalCount").hasValue());
	}

	private void plan(String code) {
		graphQl.document("mutation($p: PlanInput!) { upsertPlan(input: $p) { userErrors { field message } } }")
			.variable("p", Map.of("code", code, "name", "Kế hoạch thử đếm " + code, "ownerUnitCode", "20", "year", 2023))
			.execute()
			.path("upsertPlan.userErrors")
			.entityList(Map.class)
			.hasSize(0);
	}

	private void upsert(Map<?, ?>... targets) {
		graphQl.document(UPSERT).variable("targets", List.of(targets)).execute().path("upsertTargets.userErrors")
			.entityList(Map.class).hasSize(0);
	}

	private static Map<String, Object> target(String code, String plan) {
		return new HashMap<>(Map.of("code", code, "planCode", plan, "name", "Thử đếm " + code, "kind", "INDICATOR",
				"subjectUnitCode", "20", "indicatorCode", "ONLINE_DOSSIER_RATE", "targetValue", "100",
				"baseline", Map.of("value", "69.24", "date", "2022-12-31"), "deadline", "2023-12-31"));
	}

}
