package vn.parmonitor.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.MongoCommandCounter;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rankings kept current as one document per scope (issue 12): a ranking page that reads only totals and field
 * totals is answered from its snapshot without reading the assessments, answers exactly what the assessments give,
 * and follows every score, every change of units and totals stored before field totals were kept.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingSnapshotsTest {

	private static final String TOTALS = """
			query($code: String!, $year: Int!) { ranking(methodologyCode: $code, year: $year, first: 100) {
			  totalCount edges { node { rank tied indexPercent points group unit { code }
			    assessment { points maximumPoints assessedMaximumPoints indexPercent complete componentsScored
			      rank { rank of } fields { criterion { code } points maximumPoints assessedMaximumPoints indexPercent
			      lostPoints pendingPoints complete } } } } } }""";

	/** The same, and where the scores come from: what the snapshot does not hold, so the assessments are read. */
	private static final String WITH_SOURCE = TOTALS.replace("complete } } } } } }", "complete } sourceNote } } } } }");

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
	MongoCommandCounter counter;

	@Autowired
	MongoTemplate mongo;

	@BeforeAll
	void departmentsAndTheirMethodology() throws Exception {
		units.upsert(List.of(department("T-RS-A", null), department("T-RS-B", null), department("T-RS-C", null)));
		String tree = """
				{"code": "T-RS-2023", "name": "Chỉ số CCHC sở, ngành (thử xếp hạng)", "year": 2023,
				 "unitKind": "DEPARTMENT", "totalMaximum": "20", "fields": [
				  {"code": "1", "name": "Lĩnh vực 1", "maxPoints": "13", "children": [
				    {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "13", "children": [
				      {"code": "1.1.1", "name": "TP 1.1.1", "maxPoints": "13", "method": "APPRAISED_SELF_ASSESSMENT"}]}]},
				  {"code": "2", "name": "Lĩnh vực 2", "maxPoints": "7", "children": [
				    {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": "7", "children": [
				      {"code": "2.1.1", "name": "TP 2.1.1", "maxPoints": "3", "method": "APPRAISED_SELF_ASSESSMENT"},
				      {"code": "2.1.2", "name": "TP 2.1.2", "maxPoints": "4", "method": "CITIZENS_SURVEY"}]}]}]}""";
		assertThat(methodologies.importMethodology(
				tools.jackson.databind.json.JsonMapper.builder().build().readValue(tree, MethodologyInput.class))
			.userErrors()).isEmpty();
		record("T-RS-A", "12", "3", "4");
		record("T-RS-B", "10", "2", "4");
		record("T-RS-C", "13", "1", null);
	}

	@Test
	void aScoreMovesTheRankingAtOnceAndARepeatedReadReadsNoAssessment() {
		// The index is points ÷ the maxima assessed: C (14 of 16) is ahead of B (16 of 20).
		assertThat(codes(read(TOTALS, "T-RS-2023", 2023))).containsSubsequence("T-RS-A", "T-RS-C", "T-RS-B");

		record("T-RS-C", "13", "3", "4");
		var moved = read(TOTALS, "T-RS-2023", 2023);
		assertThat(codes(moved)).containsSubsequence("T-RS-C", "T-RS-A", "T-RS-B");
		Map<String, Object> first = node(moved, 0);
		assertThat(first).containsEntry("rank", 1).containsEntry("indexPercent", "100.00").containsEntry("points", "20");
		assertThat(fields(first)).extracting(field -> field.get("points")).containsExactly("13", "7");
		assertThat(fields(first)).extracting(field -> field.get("complete")).containsExactly(true, true);

		List<String> again = commands(TOTALS);
		assertThat(again).as("a ranking that has not changed, read again: %s", again)
			.doesNotContain("find assessments")
			.contains("find rankings");
		assertThat(commands(WITH_SOURCE)).as("the source note is not in the snapshot").contains("find assessments");
	}

	@Test
	void theSnapshotAnswersWhatTheAssessmentsGive() {
		// The 63 provinces of 2022 (demo data, published): the same page from the snapshot and from the assessments.
		var fromSnapshot = read(TOTALS, "PROVINCE-2022", 2022);
		var fromAssessments = read(WITH_SOURCE, "PROVINCE-2022", 2022);
		assertThat(fromSnapshot).hasSize(63);
		for (int i = 0; i < 63; i++) {
			Map<String, Object> full = node(fromAssessments, i);
			@SuppressWarnings("unchecked")
			Map<String, Object> assessment = new java.util.HashMap<>((Map<String, Object>) full.get("assessment"));
			assertThat(assessment).containsKey("sourceNote");
			assessment.remove("sourceNote");
			full = new java.util.HashMap<>(full);
			full.put("assessment", assessment);
			assertThat(node(fromSnapshot, i)).as("entry %d", i).isEqualTo(full);
		}
		assertThat(node(fromSnapshot, 0).get("unit")).isEqualTo(Map.of("code", "22"));
	}

	@Test
	void aUnitThatCeasesBeforeTheYearEndsLeavesItsRanking() {
		units.upsert(List.of(department("T-RS-D", null)));
		record("T-RS-D", "1", "1", "1");
		assertThat(codes(read(TOTALS, "T-RS-2023", 2023))).contains("T-RS-D");

		units.upsert(List.of(department("T-RS-D", LocalDate.of(2023, 6, 30))));
		assertThat(codes(read(TOTALS, "T-RS-2023", 2023))).doesNotContain("T-RS-D");
	}

	@Test
	void totalsStoredBeforeFieldTotalsWereKeptAreComputedFromTheirScores() {
		var before = read(TOTALS, "T-RS-2023", 2023);
		mongo.updateMulti(Query.query(Criteria.where("methodologyCode").is("T-RS-2023")),
				new Update().unset("totals.FINAL.fields"), "assessments");
		mongo.remove(Query.query(Criteria.where("_id").regex("^T-RS-2023:")), RankingSnapshots.COLLECTION);
		assertThat(mongo.getCollection("assessments").countDocuments(
				new org.bson.Document("methodologyCode", "T-RS-2023").append("totals.FINAL.fields",
						new org.bson.Document("$exists", true))))
			.isZero();
		assertThat(read(TOTALS, "T-RS-2023", 2023)).isEqualTo(before);
	}

	private List<Map<String, Object>> read(String document, String methodology, int year) {
		return graphQl.document(document)
			.variable("code", methodology)
			.variable("year", year)
			.execute()
			.path("ranking.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private List<String> commands(String document) {
		return counter.commandsOf(graphQl, tagged -> tagged.document(document).variable("code", "T-RS-2023")
			.variable("year", 2023).execute().path("ranking.totalCount").hasValue());
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(List<Map<String, Object>> nodes) {
		return nodes.stream().map(node -> (String) ((Map<String, Object>) node.get("unit")).get("code")).toList();
	}

	private static Map<String, Object> node(List<Map<String, Object>> nodes, int index) {
		return nodes.get(index);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> fields(Map<String, Object> node) {
		return (List<Map<String, Object>>) ((Map<String, Object>) node.get("assessment")).get("fields");
	}

	private void record(String unit, String first, String second, String survey) {
		List<Map<String, Object>> scores = new java.util.ArrayList<>(List.of(score("1.1.1", first), score("2.1.1", second)));
		if (survey != null) {
			scores.add(score("2.1.2", survey));
		}
		graphQl.document("""
				mutation($input: RecordComponentScoresInput!) {
				  recordComponentScores(input: $input) { userErrors { field message } } }""")
			.variable("input", Map.of("unitCode", unit, "methodologyCode", "T-RS-2023", "year", 2023, "scores", scores))
			.execute()
			.path("recordComponentScores.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static UnitInput department(String code, LocalDate validTo) {
		return new UnitInput(code, "Sở thử " + code, null, null, UnitKind.DEPARTMENT, "20", null, validTo, null, null,
				null, null, null);
	}

	private static Map<String, Object> score(String component, String points) {
		return Map.of("componentCode", component, "stage", "FINAL", "points", points);
	}

}
