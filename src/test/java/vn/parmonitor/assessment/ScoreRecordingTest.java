package vn.parmonitor.assessment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording scores through GraphQL on a small department methodology of its own: validation with the accepted
 * range, all-or-nothing batches, and totals and ranks that follow every write.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreRecordingTest {

	private static final String BATCH = """
			mutation($input: RecordComponentScoresInput!) {
			  recordComponentScores(input: $input) {
			    assessment { stage points indexPercent group complete rank { rank of tied } stagesRecorded
			      fields { points indexPercent } }
			    userErrors { field message code }
			  }
			}""";

	HttpGraphQlTester graphQl;

	@Autowired
	void useAdminToken(HttpGraphQlTester tester) {
		graphQl = Testers.admin(tester);
	}

	@Autowired
	UnitService units;

	@Autowired
	MethodologyService methodologies;

	@Autowired
	AssessmentReader reader;

	@BeforeAll
	void departmentsAndTheirMethodology() throws Exception {
		units.upsert(List.of(new UnitInput("T-SO-A", "Sở Thử A", null, null, UnitKind.DEPARTMENT, "20", null, null, null, null, null, null, null),
				new UnitInput("T-SO-B", "Sở Thử B", null, null, UnitKind.DEPARTMENT, "20", null, null, null, null, null, null, null),
				new UnitInput("T-SO-C", "Sở Thử C", null, null, UnitKind.DEPARTMENT, "20", null, null, null, null, null, null, null),
				new UnitInput("T-SO-D", "Sở Thử D", null, null, UnitKind.DEPARTMENT, "20", null, null, null, null, null, null, null)));
		String tree = """
				{"code": "T-DEPT-2023", "name": "Chỉ số CCHC sở, ngành (thử)", "year": 2023, "unitKind": "DEPARTMENT",
				 "totalMaximum": "20", "fields": [
				  {"code": "1", "name": "Lĩnh vực 1", "maxPoints": "13", "children": [
				    {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "13", "children": [
				      {"code": "1.1.1", "name": "TP 1.1.1", "maxPoints": "13", "method": "APPRAISED_SELF_ASSESSMENT"}]}]},
				  {"code": "2", "name": "Lĩnh vực 2", "maxPoints": "7", "children": [
				    {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": "7", "children": [
				      {"code": "2.1.1", "name": "TP 2.1.1", "maxPoints": "3", "method": "APPRAISED_SELF_ASSESSMENT"},
				      {"code": "2.1.2", "name": "TP 2.1.2", "maxPoints": "4", "method": "CITIZENS_SURVEY"}]}]}]}""";
		var result = methodologies.importMethodology(
				tools.jackson.databind.json.JsonMapper.builder().build().readValue(tree, MethodologyInput.class));
		assertThat(result.userErrors()).isEmpty();
	}

	@Test
	void aScoreAboveItsMaximumIsRefusedNamingComponentAndMaximumAndNothingOfTheBatchIsStored() {
		var errors = graphQl.document(BATCH)
			.variable("input", Map.of("unitCode", "T-SO-A", "methodologyCode", "T-DEPT-2023", "year", 2023, "scores",
					List.of(score("1.1.1", "FINAL", "12.75"), score("2.1.1", "FINAL", "3"),
							score("2.1.2", "FINAL", "14.2"), score("2.1.1", "APPRAISED", "-0.5"))))
			.execute()
			.path("recordComponentScores.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message"))
			.containsExactly("score 14.2 exceeds the maximum 4 of component 2.1.2",
					"score -0.5 of component 2.1.1 is below 0 (accepted: 0 to 3)");
		assertThat(errors).extracting(error -> error.get("field"))
			.containsExactly(List.of("input", "scores", "2", "points"), List.of("input", "scores", "3", "points"));
		assertThat(errors).extracting(error -> error.get("code")).containsOnly("OUT_OF_RANGE");
		assertThat(reader.findByIds(List.of(Assessment.idOf("T-SO-A", "T-DEPT-2023", 2023))))
			.as("nothing of a refused batch is stored")
			.isEmpty();
	}

	@Test
	void surveyComponentsAreNeverSelfScoredAndSelfScoresNeedEvidence() {
		var errors = graphQl.document(BATCH)
			.variable("input", Map.of("unitCode", "T-SO-B", "methodologyCode", "T-DEPT-2023", "year", 2023, "scores",
					List.of(score("2.1.2", "SELF", "3"), Map.of("componentCode", "1.1.1", "stage", "SELF", "points", "13"),
							score("2", "FINAL", "1"), score("9.9.9", "FINAL", "1"), score("1.1.1", "FINAL", "1"),
							score("1.1.1", "FINAL", "2"))))
			.execute()
			.path("recordComponentScores.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message"))
			.containsExactly(
					"component 2.1.2 is assessed by CITIZENS_SURVEY and is never self-scored; record its APPRAISED or FINAL score",
					"the self-assessed score of component 1.1.1 needs evidence: upload its documents (POST /evidence), or "
							+ "give a note naming them or explaining why they are missing",
					"2 is a FIELD; only components are scored, its points are the sum of its components'",
					"component 9.9.9 does not exist in T-DEPT-2023",
					"component 1.1.1 has more than one FINAL score in this batch");
	}

	@Test
	void wrongUnitKindOrYearIsRefused() {
		var errors = graphQl.document(BATCH)
			.variable("input", Map.of("unitCode", "184", "methodologyCode", "T-DEPT-2023", "year", 2022, "scores",
					List.of(score("1.1.1", "FINAL", "1"))))
			.execute()
			.path("recordComponentScores.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message"))
			.containsExactly("methodology T-DEPT-2023 scores units of kind DEPARTMENT, but unit 184 is a DISTRICT",
					"methodology T-DEPT-2023 applies to year 2023, not to 2022");
	}

	@Test
	void totalsIndexGroupAndRanksFollowEveryWrite() {
		record(Map.of("unitCode", "T-SO-C", "methodologyCode", "T-DEPT-2023", "year", 2023, "scores",
				List.of(score("1.1.1", "FINAL", "12.75"), score("2.1.1", "FINAL", "2.5"), score("2.1.2", "FINAL", "3"))));
		var response = record(Map.of("unitCode", "T-SO-D", "methodologyCode", "T-DEPT-2023", "year", 2023, "scores",
				List.of(score("1.1.1", "FINAL", "12.75"), score("2.1.1", "FINAL", "2.5"), score("2.1.2", "FINAL", "3"),
						Map.of("componentCode", "1.1.1", "stage", "SELF", "points", "13", "note", "Quyết định 12/QĐ-SNV"))));
		response.path("recordComponentScores.assessment.points").entity(String.class).isEqualTo("18.25");
		response.path("recordComponentScores.assessment.indexPercent").entity(String.class).isEqualTo("91.25");
		response.path("recordComponentScores.assessment.group").entity(String.class).isEqualTo("A");
		response.path("recordComponentScores.assessment.complete").entity(Boolean.class).isEqualTo(true);
		response.path("recordComponentScores.assessment.fields[0].indexPercent").entity(String.class).isEqualTo("98.08");
		response.path("recordComponentScores.assessment.stagesRecorded")
			.entityList(String.class)
			.containsExactly("SELF", "FINAL");
		response.path("recordComponentScores.assessment.rank.rank").entity(Integer.class).isEqualTo(1);
		response.path("recordComponentScores.assessment.rank.tied").entity(Boolean.class).isEqualTo(true);

		var single = graphQl.document("""
				mutation { recordComponentScore(input: { unitCode: "T-SO-C", methodologyCode: "T-DEPT-2023", year: 2023,
				  componentCode: "2.1.2", stage: FINAL, points: "4" }) {
				  assessment { indexPercent rank { rank tied } } userErrors { message } } }""").execute();
		single.path("recordComponentScore.assessment.indexPercent").entity(String.class).isEqualTo("96.25");
		single.path("recordComponentScore.assessment.rank.rank").entity(Integer.class).isEqualTo(1);
		single.path("recordComponentScore.assessment.rank.tied").entity(Boolean.class).isEqualTo(false);
		graphQl.document("{ ranking(methodologyCode: \"T-DEPT-2023\", year: 2023) { totalCount edges { node { rank unit { code } } } } }")
			.execute()
			.path("ranking.edges[*].node.unit.code")
			.entityList(String.class)
			.containsExactly("T-SO-C", "T-SO-D");
		var self = graphQl.document("{ assessment(unitCode: \"T-SO-D\", year: 2023, stage: SELF) { points assessedMaximumPoints indexPercent complete scores { component { code } self { points note } final { points } } } }")
			.execute();
		self.path("assessment.points").entity(String.class).isEqualTo("13");
		self.path("assessment.assessedMaximumPoints").entity(String.class).isEqualTo("13");
		self.path("assessment.indexPercent").entity(String.class).isEqualTo("100.00");
		self.path("assessment.complete").entity(Boolean.class).isEqualTo(false);
		self.path("assessment.scores[0].self.note").entity(String.class).isEqualTo("Quyết định 12/QĐ-SNV");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response record(Map<String, Object> input) {
		var response = graphQl.document(BATCH).variable("input", input).execute();
		response.path("recordComponentScores.userErrors").entityList(Object.class).hasSize(0);
		return response;
	}

	private static Map<String, Object> score(String component, String stage, String points) {
		return Map.of("componentCode", component, "stage", stage, "points", points);
	}

}
