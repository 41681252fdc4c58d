package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
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
 * Who reads what: published results are public; a unit's unpublished stages, its contacts, its notifications and
 * its forecast are read by its officers and those above it, the council, the Steering Committee and the Department.
 * The public ranking ranks the published results as last published.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAccessTest {

	static final String METHODOLOGY = "T-RA-2024";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	@Autowired
	MethodologyService methodologies;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentWorkflow workflow;

	@Autowired
	RankingService rankings;

	HttpGraphQlTester vanQuan;

	HttpGraphQlTester langSon;

	HttpGraphQlTester steering;

	/** T-RA-A published (10 of 10), T-RA-B with a FINAL score the Department has not published (4 of 10). */
	@BeforeAll
	void twoProvincesOneOfThemPublished() {
		vanQuan = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		langSon = Testers.as(anonymous, ParMonitorIntegrationTest.LANG_SON_TOKEN);
		steering = Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN);
		assertThat(units.upsert(List.of(new UnitInput("T-RA-A", "Tỉnh Công Bố", null, null, UnitKind.PROVINCE, null,
				null, null, null, null, null, null, null), new UnitInput("T-RA-B", "Tỉnh Chưa Công Bố", null, null, UnitKind.PROVINCE, null,
						null, null, null, null, null, null, null))).userErrors()).isEmpty();
		String tree = """
				{"code": "%s", "name": "Thử quyền đọc", "year": 2024, "unitKind": "PROVINCE", "totalMaximum": "10",
				 "fields": [{"code": "1", "name": "Lĩnh vực 1", "maxPoints": "10", "children": [
				   {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "10", "children": [
				     {"code": "1.1.1", "name": "TP 1.1.1", "maxPoints": "10", "method": "CITIZENS_SURVEY"}]}]}]}"""
			.formatted(METHODOLOGY);
		assertThat(methodologies.importMethodology(JsonMapper.builder().build().readValue(tree, MethodologyInput.class))
			.userErrors()).isEmpty();
		recordFinal("T-RA-A", "10");
		assertThat(workflow.loadPublished("T-RA-A", METHODOLOGY, 2024, vn.parmonitor.system.audit.Actor.system("test"))
			.userErrors()).isEmpty();
		recordFinal("T-RA-B", "4");
	}

	private void recordFinal(String unit, String points) {
		assertThat(assessments.record(ScoreBatch.of(unit, METHODOLOGY, 2024,
				List.of(new ScoreInput("1.1.1", ScoreStage.FINAL, new BigDecimal(points), null)), "test")).userErrors())
			.isEmpty();
	}

	@Test
	void aStrangerReadsThePublishedIndexButNotTheSelfAssessmentTheContactsTheNotificationsOrTheForecast() {
		String langSon2022 = "{ assessment(unitCode: \"20\", year: 2022) { stage indexPercent scores { self { points } } } }";
		anonymous.document(langSon2022).execute()
			.path("assessment.indexPercent").entity(String.class).isEqualTo("81.45")
			.path("assessment.stage").entity(String.class).isEqualTo("FINAL")
			.path("assessment.scores[*].self").entityList(Object.class)
			.satisfies(self -> assertThat(self).hasSize(88).containsOnlyNulls());
		steering.document(langSon2022).execute().path("assessment.scores[*].self.points").entityList(String.class)
			.satisfies(self -> assertThat(self).isNotEmpty().doesNotContainNull());
		anonymous.document("{ assessment(unitCode: \"184\", year: 2023) { indexPercent } }").execute()
			.path("assessment").valueIsNull();
		assertRefused(anonymous.document("{ assessment(unitCode: \"184\", year: 2023, stage: SELF) { indexPercent } }")
			.execute(), "UNAUTHORIZED", "the SELF scores of unit 184 are not published");
		anonymous.document("{ unit(code: \"184\") { contacts { emails webhookUrl } } }").execute()
			.path("unit.contacts").valueIsNull();
		assertRefused(anonymous.document("{ notifications { totalCount } }").execute(), "UNAUTHORIZED", "notifications");
		assertRefused(anonymous.document("{ forecast(unitCode: \"20\", year: 2023) { index { likely } } }").execute(),
				"UNAUTHORIZED", "the forecast of unit 20 rests on unpublished data");
		assertRefused(anonymous.document("""
				{ ranking(methodologyCode: "LS-DISTRICT-2023", year: 2023, stage: SELF) { totalCount } }""").execute(),
				"UNAUTHORIZED", "a ranking at the SELF stage shows unpublished scores of every unit");
	}

	@Test
	void aUnitsOfficerAndThoseAboveItReadItsUnpublishedDataButNotTheirNeighbours() {
		String self = "{ assessment(unitCode: \"%s\", year: 2023, stage: SELF) { indexPercent } }";
		vanQuan.document(self.formatted("184")).execute().path("assessment.indexPercent").entity(String.class)
			.isEqualTo("84.90");
		langSon.document(self.formatted("184")).execute().path("assessment.indexPercent").entity(String.class)
			.isEqualTo("84.90");
		assertRefused(vanQuan.document(self.formatted("181")).execute(), "FORBIDDEN",
				"the SELF scores of unit 181 are not published");
		vanQuan.document("{ vanQuan: unit(code: \"184\") { contacts { emails } } neighbour: unit(code: \"181\") { contacts { emails } } }")
			.execute()
			.path("vanQuan.contacts.emails").entityList(String.class).hasSizeGreaterThan(0)
			.path("neighbour.contacts").valueIsNull();
		vanQuan.document("{ notifications(first: 100) { edges { node { unit { code } } } } }").execute()
			.path("notifications.edges[*].node.unit.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).doesNotContain("20", "181"));
		steering.document("""
				{ ranking(methodologyCode: "LS-DISTRICT-2023", year: 2023, stage: SELF) { totalCount } }""").execute()
			.path("ranking.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
	}

	@Test
	void thePublicRankingRanksThePublishedResultsAndKeepsAReopenedOneAsPublished() {
		String ranking = "{ ranking(methodologyCode: \"" + METHODOLOGY
				+ "\", year: 2024) { totalCount edges { node { unit { code } indexPercent } } } }";
		anonymous.document(ranking).execute().path("ranking.edges[*].node.unit.code").entityList(String.class)
			.containsExactly("T-RA-A");
		steering.document(ranking).execute().path("ranking.edges[*].node.unit.code").entityList(String.class)
			.containsExactly("T-RA-A", "T-RA-B");

		WorkflowStep reopen = new WorkflowStep("T-RA-A", METHODOLOGY, 2024, "survey recount", List.of(), null);
		assertThat(workflow.reopen(reopen).userErrors()).isEmpty();
		recordFinal("T-RA-A", "3");
		anonymous.document(ranking).execute().path("ranking.edges[0].node.indexPercent").entity(String.class)
			.isEqualTo("100.00");
		anonymous.document("{ assessment(unitCode: \"T-RA-A\", year: 2024) { state indexPercent rank { rank of } } }")
			.execute()
			.path("assessment.state").entity(String.class).isEqualTo("APPRAISED")
			.path("assessment.indexPercent").entity(String.class).isEqualTo("100.00")
			.path("assessment.rank.rank").entity(Integer.class).isEqualTo(1);
		steering.document("{ assessment(unitCode: \"T-RA-A\", year: 2024) { indexPercent } }").execute()
			.path("assessment.indexPercent").entity(String.class).isEqualTo("30.00");
	}

	@Test
	void aFinalScoreNotPublishedStaysOutOfThePublishedRankingThatTheGaugesShow() {
		assertThat(rankings.ranking(METHODOLOGY, 2024, ScoreStage.FINAL))
			.extracting(ranked -> ranked.entry().unitCode()).contains("T-RA-A", "T-RA-B");
		assertThat(rankings.publishedRanking(METHODOLOGY, 2024, null))
			.extracting(ranked -> ranked.entry().unitCode()).containsExactly("T-RA-A");
	}

	private static void assertRefused(GraphQlTester.Response response, String type, String message) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo(type);
			assertThat(error.getMessage()).contains(message);
		}));
	}

}
