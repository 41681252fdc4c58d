package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/** The what-if and the path to a target on the demo data, as the Steering Committee's front-end asks for them. */
@ParMonitorIntegrationTest
class WhatIfAndPathGraphQlTest {

	/** The Steering Committee's view: a forecast rests on unpublished data (README, "Who reads what"). */
	HttpGraphQlTester graphQl;

	@Autowired
	void asTheSteeringCommittee(HttpGraphQlTester tester) {
		graphQl = Testers.as(tester, ParMonitorIntegrationTest.VIEWER_TOKEN);
	}

	@Test
	void onlineDossiersAndPaymentAt100PercentRaiseTheLikelyIndexAndTheRankAndSayWhatChanged() throws Exception {
		GraphQlTester.Response response = example("lang-son-what-if-2023.graphql");
		Map<String, Object> whatIf = map(response, "whatIf");
		BigDecimal before = decimal(map(response, "whatIf.baseline.index").get("likely"));
		BigDecimal after = decimal(map(response, "whatIf.scenario.index").get("likely"));
		BigDecimal change = decimal(whatIf.get("indexChange"));
		assertThat(change).isPositive();
		assertThat(after).isEqualByComparingTo(before.add(change));
		Map<String, Object> forecast = map(example("lang-son-forecast-2023.graphql"), "forecast.index");
		assertThat(before).as("the baseline is the forecast itself").isEqualByComparingTo(decimal(forecast.get("likely")));
		assertThat((Integer) whatIf.get("rankChange")).isNegative();
		assertThat(whatIf.get("assumptions")).isEqualTo(List.of("ONLINE_DOSSIER_RATE at 100%", "ONLINE_PAYMENT_RATE at 100%"));
		assertThat((String) whatIf.get("summary"))
			.startsWith("ONLINE_DOSSIER_RATE at 100% and ONLINE_PAYMENT_RATE at 100% → index +" + change.toPlainString()
					+ " → " + after.toPlainString() + " (")
			.contains("of 63 (from ");
		List<Map<String, Object>> changes = response.path("whatIf.changes").entityList(mapType()).get();
		assertThat(changes).extracting(c -> (Object) ((Map<?, ?>) c.get("component")).get("code")).containsExactly("7.3.2", "7.3.3");
		assertThat(changes).allSatisfy(c -> {
			assertThat(((Map<?, ?>) c.get("before")).get("basis")).isEqualTo("INDICATOR");
			assertThat(((Map<?, ?>) c.get("after")).get("basis")).isEqualTo("ASSUMED");
			assertThat(((Map<?, ?>) ((Map<?, ?>) c.get("after")).get("points")).get("likely")).isEqualTo("1.5");
		});
		BigDecimal summed = changes.stream().map(c -> decimal(c.get("pointsChange"))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(summed).isEqualByComparingTo(decimal(whatIf.get("pointsChange")));
		assertThat(whatIf.get("withoutEffect")).isEqualTo(List.of());
	}

	@Test
	void onAPublishedYearAnIndicatorChangesNothingAndAComponentAssumedDirectlyChangesTheIndex() {
		GraphQlTester.Response response = graphQl.document("""
				{ whatIf(unitCode: "20", year: 2022, indicators: [{ indicatorCode: "ONLINE_PAYMENT_RATE", value: 100 }],
				    components: [{ componentCode: "1.1.1", points: 0 }]) {
				    indexChange rankChange withoutEffect changes { component { code } before { basis } after { basis } }
				    baseline { index { likely } } scenario { index { likely low high } } } }""")
			.execute();
		Map<String, Object> whatIf = map(response, "whatIf");
		assertThat(whatIf.get("withoutEffect")).isEqualTo(List.of(
				"ONLINE_PAYMENT_RATE: 7.3.3 is already recorded, so its assumed value changes nothing"));
		assertThat(response.path("whatIf.changes[*].component.code").entityList(String.class).get()).containsExactly("1.1.1");
		assertThat(decimal(whatIf.get("indexChange"))).isNegative();
		Map<String, Object> scenario = map(response, "whatIf.scenario.index");
		assertThat(scenario.get("low")).as("recorded and assumed points are certain").isEqualTo(scenario.get("high"));
		assertThat((Integer) whatIf.get("rankChange")).isGreaterThanOrEqualTo(0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"indicators: [{ indicatorCode: \"NO-SUCH\", value: 1 }] | indicators[0].indicatorCode | indicator NO-SUCH does not exist",
			"indicators: [{ indicatorCode: \"ONLINE_DOSSIER_RATE\", value: 100.5 }] | indicators[0].value | ONLINE_DOSSIER_RATE (PERCENT) takes values from 0 to 100, got 100.5",
			"indicators: [{ indicatorCode: \"CONNECTED_INFORMATION_SYSTEMS\", value: 18 }] | indicators[0].value | CONNECTED_INFORMATION_SYSTEMS (COUNT) takes values from 0 to 17, got 18",
			"indicators: [{ indicatorCode: \"CONNECTED_INFORMATION_SYSTEMS\", value: 16.5 }] | indicators[0].value | CONNECTED_INFORMATION_SYSTEMS counts whole things (from 0 to 17, whole), got 16.5",
			"indicators: [{ indicatorCode: \"ONLINE_DOSSIER_RATE\", value: 90 }, { indicatorCode: \"ONLINE_DOSSIER_RATE\", value: 95 }] | indicators[1].indicatorCode | indicator ONLINE_DOSSIER_RATE is assumed twice",
			"components: [{ componentCode: \"7.3\", points: 1 }] | components[0].componentCode | 7.3 is a criterion, not a component: assume the points of its components",
			"components: [{ componentCode: \"9.9.9\", points: 1 }] | components[0].componentCode | no node 9.9.9 in PROVINCE-2023",
			"components: [{ componentCode: \"7.3.2\", points: -0.5 }] | components[0].points | points -0.5 of 7.3.2 are out of range (accepted: 0 to 1.5, the maximum of 7.3.2)",
			"components: [{ componentCode: \"7.3.2\", points: 1.0005 }] | components[0].points | points 1.0005 of 7.3.2 have more than 3 decimal places",
			"indicators: [] | indicators | give at least one assumption, in indicators or components" })
	void aBadAssumptionIsRefusedNamingTheArgumentAndWhatItAccepts(String assumptions, String argument, String message) {
		GraphQlTester.Response response = graphQl
			.document("{ whatIf(unitCode: \"20\", year: 2023, " + assumptions + ") { summary } }")
			.execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo(message);
			assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
		});
		response.path("whatIf").valueIsNull();
	}

	@Test
	void thePathToTheTop35NeedsTheCutoffAndListsWhoMustActLargestGainFirst() throws Exception {
		GraphQlTester.Response response = example("lang-son-path-to-top-35.graphql");
		Map<String, Object> path = map(response, "pathToTarget");
		Map<String, Object> top35 = map(example("lang-son-forecast-2023.graphql"), "forecast.rank.top35");
		assertThat(path.get("goalIndexPercent")).isEqualTo(top35.get("indexPercent"));
		assertThat((String) path.get("goal")).startsWith("rank 35 (≈ " + top35.get("indexPercent") + "%");
		BigDecimal likelyPoints = decimal(map(response, "pathToTarget.forecast.index").get("likely"));
		BigDecimal missing = decimal(path.get("pointsMissing"));
		assertThat(decimal(path.get("goalPoints")).subtract(missing).doubleValue())
			.as("goal − missing = the forecast's likely points (of 100)").isCloseTo(likelyPoints.doubleValue(),
					org.assertj.core.data.Offset.offset(0.006));
		assertThat(missing).isPositive();
		List<Map<String, Object>> steps = response.path("pathToTarget.steps").entityList(mapType()).get();
		assertThat(steps).hasSize(15);
		assertThat(steps).extracting(step -> decimal(step.get("stepGain"))).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		BigDecimal cumulative = BigDecimal.ZERO;
		for (Map<String, Object> step : steps) {
			cumulative = cumulative.add(decimal(step.get("stepGain")));
			assertThat(decimal(step.get("cumulativeGain"))).isEqualByComparingTo(cumulative);
			assertThat(step.get("leadAgency")).as("every demo component has an agency in charge").isNotNull();
			assertThat(decimal(step.get("stepGain"))).isLessThanOrEqualTo(decimal(step.get("gainablePoints")));
		}
		assertThat(steps).filteredOn(step -> Boolean.TRUE.equals(step.get("closesGap"))).hasSize(1);
		Map<String, Object> payment = steps.stream().filter(step -> "INDICATOR".equals(step.get("lever"))).findFirst()
			.orElseThrow();
		assertThat(payment.get("indicator")).isEqualTo(Map.of("code", "ONLINE_PAYMENT_RATE"));
		assertThat(payment).containsEntry("neededValue", "50").containsKey("projectedValue");
		assertThat((String) payment.get("takes")).startsWith("ONLINE_PAYMENT_RATE from ").contains("to at least 50");
		assertThat(map(response, "pathToTarget.cutoff")).containsEntry("rank", 35);
	}

	@Test
	void anIndexGoalAlreadyReachedNeedsNothingAndOnlyTheIndicatorStepsCanBeAsked() {
		GraphQlTester.Response reached = graphQl.document("""
				{ pathToTarget(unitCode: "20", year: 2022, indexPercent: 80) { pointsMissing reachable summary
				    steps { component { code } } cutoff { rank } } }""")
			.execute();
		Map<String, Object> path = map(reached, "pathToTarget");
		assertThat(path).containsEntry("pointsMissing", "0").containsEntry("reachable", true)
			.containsEntry("steps", List.of()).containsEntry("cutoff", null);
		assertThat((String) path.get("summary")).isEqualTo(
				"index 80% needs 80 points; the forecast's likely 81.45 already reaches it");
		List<String> levers = graphQl.document("""
				{ pathToTarget(unitCode: "20", year: 2023, indexPercent: 85) { steps(first: 100, lever: INDICATOR) { lever } } }""")
			.execute()
			.path("pathToTarget.steps[*].lever")
			.entityList(String.class)
			.get();
		assertThat(levers).isNotEmpty().containsOnly("INDICATOR");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"year: 2023 | indexPercent | give exactly one goal: indexPercent (e.g. 85), rank (e.g. 35), or nodeCode and points (e.g. \"7\" and 13)",
			"year: 2023, indexPercent: 85, rank: 35 | rank | give exactly one goal: indexPercent (e.g. 85), rank (e.g. 35), or nodeCode and points (e.g. \"7\" and 13)",
			"year: 2023, points: 13 | nodeCode | nodeCode and points go together: the points of that field, criterion or component",
			"year: 2023, nodeCode: \"7\", points: 15.6 | points | points must be above 0 and at most 15.5 (the maximum of 7), got 15.6",
			"year: 2023, nodeCode: \"9\", points: 1 | nodeCode | no node 9 in PROVINCE-2023",
			"year: 2023, indexPercent: 100.01 | indexPercent | indexPercent must be above 0 and at most 100, got 100.01",
			"year: 2023, indexPercent: 0 | indexPercent | indexPercent must be above 0 and at most 100, got 0",
			"year: 2023, rank: 0 | rank | rank must be between 1 and 63 (the units ranked), got 0",
			"year: 2023, rank: 64 | rank | rank must be between 1 and 63 (the units ranked), got 64" })
	void aBadGoalIsRefusedNamingTheArgument(String arguments, String argument, String message) {
		GraphQlTester.Response response = graphQl
			.document("{ pathToTarget(unitCode: \"20\", " + arguments + ") { goal } }")
			.execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo(message);
			assertThat(errors.get(0).getExtensions()).containsEntry("argument", argument);
		});
	}

	@Test
	void thePathToTheEGovernmentPointsTargetTakesStepsOnlyInThatField() {
		GraphQlTester.Response response = graphQl.document("""
				{ pathToTarget(unitCode: "20", year: 2023, nodeCode: "7", points: 13) { node { code } goalPoints likelyPoints
				    pointsMissing goalIndexPercent steps(first: 100) { component { code } } } }""")
			.execute();
		Map<String, Object> path = map(response, "pathToTarget");
		assertThat(path).containsEntry("node", Map.of("code", "7")).containsEntry("goalPoints", "13")
			.containsEntry("goalIndexPercent", "83.87");
		BigDecimal likely = decimal(path.get("likelyPoints"));
		assertThat(decimal(path.get("pointsMissing"))).isEqualByComparingTo(new BigDecimal("13").subtract(likely).max(BigDecimal.ZERO));
		assertThat(response.path("pathToTarget.steps[*].component.code").entityList(String.class).get()).isNotEmpty()
			.allSatisfy(code -> assertThat(code).startsWith("7."));
	}

	private GraphQlTester.Response example(String name) throws Exception {
		return graphQl.document(Files.readString(Path.of("examples", name))).execute();
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal((String) value);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(GraphQlTester.Response response, String path) {
		return response.path(path).entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
