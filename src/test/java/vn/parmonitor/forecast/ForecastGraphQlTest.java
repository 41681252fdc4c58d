package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.Examples;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast on the demo data, as the Steering Committee's front-end asks for it. */
@ParMonitorIntegrationTest
class ForecastGraphQlTest {

	/** The Steering Committee's view: a forecast rests on unpublished data (README, "Who reads what"). */
	HttpGraphQlTester graphQl;

	@Autowired
	void asTheSteeringCommittee(HttpGraphQlTester tester) {
		graphQl = Testers.as(tester, ParMonitorIntegrationTest.VIEWER_TOKEN);
	}

	@Test
	void theExampleForecastsLangSon2023WithABandTheBasisMixAndTheTop35Cutoff() throws Exception {
		GraphQlTester.Response response = graphQl
			.document(Files.readString(Path.of("examples", "lang-son-forecast-2023.graphql")))
			.execute();
		Map<String, Object> index = map(response, "forecast.index");
		BigDecimal likely = new BigDecimal((String) index.get("likely"));
		assertThat(new BigDecimal((String) index.get("low"))).isLessThan(likely);
		assertThat(new BigDecimal((String) index.get("high"))).isGreaterThan(likely);
		assertThat(likely).as("not the self-assessment carried forward").isNotEqualByComparingTo("86.80");
		response.path("forecast.asOf").entity(String.class).isEqualTo("2023-11-10T02:00:00Z");
		List<Map<String, Object>> mix = response.path("forecast.basisMix").entityList(Examples.mapType()).get();
		assertThat(mix).extracting(share -> share.get("basis"))
			.containsExactly("INDICATOR", "SELF_ASSESSMENT", "SURVEY_HISTORY", "NO_BASIS");
		assertThat(mix.stream().mapToInt(share -> (Integer) share.get("components")).sum()).isEqualTo(88);
		assertThat(mix.stream().map(share -> new BigDecimal((String) share.get("maximumPoints")))
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
		assertThat(mix.get(0)).containsEntry("components", 5).containsEntry("maximumPoints", "6.5");
		assertThat(response.path("forecast.summary").entity(String.class).get())
			.startsWith("index " + likely.toPlainString() + " (")
			.contains("points from indicators' projections")
			.contains("points from the self-assessment, discounted by appraisal history")
			.contains("points from surveys' history");
		Map<String, Object> rank = map(response, "forecast.rank");
		assertThat(rank).containsEntry("of", 63);
		assertThat((Integer) rank.get("best")).isLessThanOrEqualTo((Integer) rank.get("likely"));
		assertThat((Integer) rank.get("worst")).isGreaterThanOrEqualTo((Integer) rank.get("likely"));
		@SuppressWarnings("unchecked")
		Map<String, Object> top35 = (Map<String, Object>) rank.get("top35");
		assertThat(new BigDecimal((String) top35.get("indexPercent"))).isBetween(new BigDecimal("83"), new BigDecimal("89"));
		assertThat(top35.get("peer")).isNotNull();
		assertThat(new BigDecimal((String) rank.get("chanceOfTop35"))).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
		List<Map<String, Object>> kpis = response.path("forecast.components").entityList(Examples.mapType()).get();
		assertThat(kpis).extracting(kpi -> (Object) ((Map<?, ?>) kpi.get("component")).get("code"))
			.containsExactly("3.3.3", "7.2.2", "7.2.3", "7.3.2", "7.3.3");
		Map<String, Object> online = kpis.get(3);
		assertThat(((Map<?, ?>) online.get("indicatorProjection")).get("indicator")).isEqualTo(Map.of("code",
				"ONLINE_DOSSIER_RATE"));
		assertThat((String) online.get("explanation")).startsWith("the LINEAR rubric on ONLINE_DOSSIER_RATE's projected "
				+ "year-end value ");
	}

	@Test
	void aFullyPublishedYearForecastsExactlyItsPublishedIndexAndRank() {
		GraphQlTester.Response response = graphQl.document("""
				{ forecast(unitCode: "20", year: 2022) { index { likely low high } basisMix { basis components }
				    rank { likely best worst of } fields { criterion { code } points { likely low high } } } }""")
			.execute();
		response.path("forecast.index").entity(Map.class).isEqualTo(Map.of("likely", "81.45", "low", "81.45", "high",
				"81.45"));
		response.path("forecast.basisMix").entityList(Examples.mapType()).isEqualTo(List.of(Map.of("basis", "RECORDED",
				"components", 88)));
		response.path("forecast.rank").entity(Map.class).isEqualTo(Map.of("likely", 54, "best", 54, "worst", 54, "of", 63));
		response.path("forecast.fields[6].points").entity(Map.class).isEqualTo(Map.of("likely", "11.42", "low", "11.42",
				"high", "11.42"));
	}

	@Test
	void aForecastSeesOnlyWhatWasRecordedByItsTimeThoughTheYearIsPublishedSince() {
		// 2023 is published in the demo (17 April 2024); on 10 November 2023 it was not.
		GraphQlTester.Response then = graphQl.document("""
				{ forecast(unitCode: "20", year: 2023) { asOf index { likely low high }
				    rank { peers(first: 100) { basis } } } }""")
			.execute();
		Map<String, Object> index = map(then, "forecast.index");
		assertThat(index.get("low")).isNotEqualTo(index.get("high"));
		assertThat(then.path("forecast.rank.peers[*].basis").entityList(String.class).get()).hasSize(62)
			.as("no peer's 2023 result was known in November 2023").doesNotContain("PUBLISHED");
		GraphQlTester.Response later = graphQl.document("""
				{ forecast(unitCode: "20", year: 2023, asOf: "2024-05-01T00:00:00+07:00") { asOf index { likely low high }
				    basisMix { basis } rank { likely best worst of } } }""")
			.execute();
		later.path("forecast.asOf").entity(String.class).isEqualTo("2024-04-30T17:00:00Z");
		later.path("forecast.index").entity(Map.class).isEqualTo(Map.of("likely", "85.49", "low", "85.49", "high", "85.49"));
		later.path("forecast.basisMix[*].basis").entityList(String.class).containsExactly("RECORDED");
		later.path("forecast.rank").entity(Map.class).isEqualTo(Map.of("likely", 49, "best", 49, "worst", 49, "of", 63));
		GraphQlTester.Response before = graphQl.document("""
				{ forecast(unitCode: "20", year: 2023, asOf: "2023-06-30T00:00:00Z") { basisMix { basis } } }""")
			.execute();
		assertThat(before.path("forecast.basisMix[*].basis").entityList(String.class).get())
			.as("before the self-assessment of 1 November 2023").doesNotContain("SELF_ASSESSMENT", "RECORDED");
	}

	@Test
	void aBackTestForecastsFromTheSelfAssessmentAloneAsBeforeTheAppraisal() {
		GraphQlTester.Response response = graphQl.document("""
				{ forecast(unitCode: "20", year: 2022, knownStage: SELF) { index { likely low high }
				    basisMix { basis } rank { likely best worst } } }""")
			.execute();
		Map<String, Object> index = map(response, "forecast.index");
		assertThat(index.get("low")).isNotEqualTo(index.get("high"));
		assertThat(response.path("forecast.basisMix[*].basis").entityList(String.class).get()).doesNotContain("RECORDED")
			.contains("SELF_ASSESSMENT");
	}

	@Test
	void aDistrictIsRankedAmongTheDistrictsOfItsProvinceOnTheirOwnForecasts() {
		GraphQlTester.Response response = graphQl.document("""
				{ forecast(unitCode: "184", year: 2023, withinParent: true) { rank { likely best worst of parent { code }
				    sixth: cutoff(rank: 6) { indexPercent } peers { unit { code } basis } } } }""")
			.execute();
		Map<String, Object> rank = map(response, "forecast.rank");
		assertThat(rank).containsEntry("of", 11).containsEntry("parent", Map.of("code", "20"));
		assertThat(rank.get("sixth")).isNotNull();
		List<Map<String, Object>> peers = response.path("forecast.rank.peers").entityList(Examples.mapType()).get();
		assertThat(peers).hasSize(10).allSatisfy(peer -> assertThat(peer).containsEntry("basis", "FORECAST"));
	}

	@Test
	void anUnknownUnitHasNoForecast() {
		graphQl.document("{ forecast(unitCode: \"NO-SUCH-UNIT\", year: 2023) { year } }").execute()
			.path("forecast").valueIsNull();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(GraphQlTester.Response response, String path) {
		return response.path(path).entity(Map.class).get();
	}


}
