package vn.parmonitor.indicator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/** Recording observations: what is refused (and then nothing stored), what replaces, and time-range queries. */
@ParMonitorIntegrationTest
class ObservationGraphQlTest {

	private static final String RECORD = """
			mutation($observations: [ObservationInput!]!) {
			  recordObservations(input: { observations: $observations }) {
			    observations { period value numerator denominator }
			    userErrors { field message code }
			  }
			}""";

	HttpGraphQlTester graphQl;

	HttpGraphQlTester anonymous;

	@Autowired
	IndicatorService indicators;

	@Autowired
	void testers(HttpGraphQlTester tester) {
		anonymous = tester;
		graphQl = Testers.admin(tester);
	}

	@Test
	void badObservationsAreRefusedWithTheFieldAndTheAcceptedRangeAndNothingOfTheBatchIsStored() {
		var errors = graphQl.document(RECORD)
			.variable("observations", List.of(
					Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "184", "period", "2023-04", "numerator", 900,
							"denominator", 1000),
					Map.of("indicatorCode", "NO_SUCH_INDICATOR", "unitCode", "184", "period", "2023-04", "value", 1),
					Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "NO-SUCH-UNIT", "period", "2023-04",
							"numerator", 1, "denominator", 2),
					Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "184", "period", "2023-05",
							"numerator", 160000, "denominator", 157027),
					Map.of("indicatorCode", "CONNECTED_INFORMATION_SYSTEMS", "unitCode", "184", "period", "2023-Q2",
							"value", 18),
					Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "184", "period", "2023-13", "numerator", 1,
							"denominator", 2)))
			.execute()
			.path("recordObservations.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message"))
			.containsExactly("indicator NO_SUCH_INDICATOR does not exist", "unit NO-SUCH-UNIT does not exist",
					"numerator 160000 exceeds denominator 157027 (accepted: 0 to 157027)",
					"value 18 of CONNECTED_INFORMATION_SYSTEMS is above 17 (accepted: 0 to 17)",
					"period '2023-13' is not a MONTHLY period of ONLINE_DOSSIER_RATE (expected e.g. 2023-10)");
		assertThat(errors).extracting(error -> error.get("field")).contains(
				List.of("input", "observations", "3", "numerator"), List.of("input", "observations", "4", "value"));
		assertThat(indicators.findObservation(Observation.idOf("ONLINE_DOSSIER_RATE", "184", "2023-04")))
			.as("the valid first observation was not stored either")
			.isEmpty();
	}

	@Test
	void aPercentAboveHundredIsRefused() {
		indicators.upsert(new IndicatorInput("T-PLAIN-PERCENT", "Tỷ lệ thử", null, null, IndicatorMeasure.PERCENT,
				Direction.HIGHER_IS_BETTER, ReportingPeriod.MONTHLY, false, false, null, null, null));
		graphQl.document("mutation { recordObservation(input: { indicatorCode: \"T-PLAIN-PERCENT\", unitCode: \"184\", period: \"2023-05\", value: 101.5 }) { userErrors { field message code } } }")
			.execute()
			.path("recordObservation.userErrors[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("field", List.of("input", "value"), "message",
					"value 101.5 of T-PLAIN-PERCENT is above 100 (accepted: 0 to 100)", "code", "OUT_OF_RANGE"));
	}

	@Test
	void reSendingTheSameUnitIndicatorAndPeriodReplacesAndTheValueIsComputedFromTheRatio() {
		Map<String, Object> first = Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "181", "period", "2023-03",
				"numerator", 700, "denominator", 1000, "source", "first report");
		Map<String, Object> corrected = Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "181", "period",
				"2023-03", "numerator", 750, "denominator", 1000, "source", "corrected report");
		graphQl.document(RECORD).variable("observations", List.of(first)).execute()
			.path("recordObservations.observations[0].value").entity(String.class).isEqualTo("70.00");
		graphQl.document(RECORD).variable("observations", List.of(corrected)).execute()
			.path("recordObservations.userErrors").entityList(Object.class).hasSize(0);
		var series = anonymous.document("""
				{ observations(indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "181", from: "2023-03-01", to: "2023-03-31") {
				    totalCount edges { node { period value numerator denominator source unit { code } indicator { code } } } } }""")
			.execute();
		series.path("observations.totalCount").entity(Integer.class).isEqualTo(1);
		series.path("observations.edges[0].node.value").entity(String.class).isEqualTo("75.00");
		series.path("observations.edges[0].node.source").entity(String.class).isEqualTo("corrected report");
	}

	@Test
	void observationsAreQueriedByTimeRangeAsAConnection() {
		var response = anonymous.document("""
				{ observations(indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "20", from: "2023-06-01", to: "2023-10-31", first: 3) {
				    totalCount pageInfo { hasNextPage } edges { node { period value } } }
				  latest: observations(indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "20", last: 1) { edges { node { period numerator denominator value } } } }""")
			.execute();
		response.path("observations.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("observations.edges[*].node.period").entityList(String.class)
			.containsExactly("2023-06", "2023-07", "2023-08");
		response.path("observations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("latest.edges[0].node").entity(Map.class)
			.isEqualTo(Map.of("period", "2023-10", "numerator", "146953", "denominator", "157027", "value", "93.58"));
	}

	@Test
	void aUnitTokenReportsForItsOwnUnitsOnly() {
		HttpGraphQlTester vanQuan = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		vanQuan.document(RECORD)
			.variable("observations", List.of(Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "184", "period",
					"2023-02", "numerator", 10, "denominator", 20)))
			.execute()
			.path("recordObservations.observations[0].value")
			.entity(String.class)
			.isEqualTo("50.00");
		vanQuan.document(RECORD)
			.variable("observations", List.of(Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "unitCode", "20", "period",
					"2023-02", "numerator", 10, "denominator", 20)))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

}
