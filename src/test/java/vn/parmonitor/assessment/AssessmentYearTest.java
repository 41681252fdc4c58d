package vn.parmonitor.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessment year as the people in it live it, on a small district methodology of its own (2024, so the demo's
 * rankings are untouched): Văn Quan's officer uploads its evidence, self-assesses and submits, the council returns it with a comment and
 * then appraises, the Department publishes; after that nothing changes without a reopening with a reason, and every
 * step is in the audit log with its values before and after.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentYearTest {

	static final String METHODOLOGY = "T-WF-DISTRICT-2024";

	static final String RECORD = """
			mutation($input: RecordComponentScoresInput!) {
			  recordComponentScores(input: $input) {
			    assessment { state stage points indexPercent }
			    userErrors { field message code }
			  }
			}""";

	static final String STEP = """
			mutation($input: AssessmentStepInput!) {
			  %s(input: $input) {
			    assessment { state points indexPercent returnComments { componentCode comment } }
			    userErrors { field message code }
			  }
			}""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MethodologyService methodologies;

	@LocalServerPort
	int port;

	HttpGraphQlTester officer;

	HttpGraphQlTester council;

	HttpGraphQlTester department;

	HttpGraphQlTester steering;

	@BeforeAll
	void aDistrictMethodologyAndThePeople() {
		officer = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		council = Testers.as(anonymous, ParMonitorIntegrationTest.APPRAISER_TOKEN);
		department = Testers.admin(anonymous);
		steering = Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN);
		String tree = """
				{"code": "%s", "name": "Chỉ số CCHC cấp huyện (thử quy trình)", "year": 2024, "unitKind": "DISTRICT",
				 "totalMaximum": "20", "fields": [
				  {"code": "1", "name": "Lĩnh vực 1", "maxPoints": "10", "children": [
				    {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "10", "children": [
				      {"code": "1.1.1", "name": "TP 1.1.1", "maxPoints": "6", "method": "APPRAISED_SELF_ASSESSMENT"},
				      {"code": "1.1.2", "name": "TP 1.1.2", "maxPoints": "4", "method": "APPRAISED_SELF_ASSESSMENT"}]}]},
				  {"code": "2", "name": "Lĩnh vực 2", "maxPoints": "10", "children": [
				    {"code": "2.1", "name": "Tiêu chí 2.1", "maxPoints": "10", "children": [
				      {"code": "2.1.1", "name": "TP 2.1.1", "maxPoints": "10", "method": "CITIZENS_SURVEY"}]}]}]}"""
			.formatted(METHODOLOGY);
		assertThat(methodologies.importMethodology(JsonMapper.builder().build().readValue(tree, MethodologyInput.class))
			.userErrors()).isEmpty();
	}

	@Test
	void vanQuanSelfAssessesTheCouncilAppraisesTheDepartmentPublishesAndThenNothingChangesWithoutAReopening() {
		// The officer uploads an evidence file and records Văn Quan's self-assessment, each score naming its evidence.
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("unitCode", "184");
		form.add("methodologyCode", METHODOLOGY);
		form.add("year", "2024");
		form.add("componentCode", "1.1.1");
		form.add("file", new ByteArrayResource("%PDF-1.4\n% Báo cáo 12/BC-UBND\n%%EOF\n".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "bao-cao-12-BC-UBND.pdf";
			}
		});
		assertThat(RestClient.create("http://127.0.0.1:" + port).post().uri("/evidence")
			.header("Authorization", "Bearer " + ParMonitorIntegrationTest.VAN_QUAN_TOKEN)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(201);
		assertThat(record(officer, "184", score("1.1.1", "SELF", "6", "Báo cáo 12/BC-UBND, Quyết định 45/QĐ-UBND"),
				score("1.1.2", "SELF", "3.5", "Kế hoạch 7/KH-UBND")).path("recordComponentScores.assessment.state")
			.entity(String.class).get()).isEqualTo("OPEN");

		// ... and cannot record another district's, nor the council's stage.
		assertForbidden(record(officer, "181", score("1.1.1", "SELF", "6", "x")),
				"Token 'van-quan-officer' speaks for unit 184 and the units below it, not for unit 181");
		assertForbidden(record(officer, "184", score("1.1.1", "APPRAISED", "6", null)),
				"token 'van-quan-officer' has role UNIT, and APPRAISED scores are recorded by ADMIN or APPRAISER: a unit "
						+ "records its SELF scores only");

		// The council cannot appraise before the unit submits.
		assertThat(recordErrors(council, "184", score("1.1.1", "APPRAISED", "5", null)))
			.singleElement()
			.satisfies(error -> {
				assertThat(error.get("code")).isEqualTo("CONFLICT");
				assertThat(error.get("field")).isEqualTo(List.of("input", "scores", "0", "stage"));
				assertThat((String) error.get("message")).startsWith("the assessment of unit 184 under " + METHODOLOGY
						+ " in 2024 is OPEN: APPRAISED scores are recorded while it is SUBMITTED");
			});

		assertThat(step(officer, "submitAssessment").path("submitAssessment.assessment.state").entity(String.class).get())
			.isEqualTo("SUBMITTED");
		assertThat(recordErrors(officer, "184", score("1.1.2", "SELF", "4", "Kế hoạch 7/KH-UBND")))
			.singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).contains("is SUBMITTED: SELF scores are "
					+ "recorded while it is OPEN, RETURNED; the unit's SELF scores are locked since it submitted them"));

		// The council cuts 1.1.1 and returns the assessment for 1.1.2's evidence.
		assertThat(recordErrors(council, "184", score("1.1.1", "APPRAISED", "5", "thiếu minh chứng tháng 12")))
			.isEmpty();
		var returned = council.document("""
				mutation { returnAssessment(input: { unitCode: "184", methodologyCode: "%s", year: 2024,
				  reason: "Minh chứng của 1.1.2 chưa đủ", comments: [{ componentCode: "1.1.2",
				  comment: "Kế hoạch 7/KH-UBND chưa có báo cáo kết quả" }] }) {
				    assessment { state returnComments { componentCode comment } } userErrors { message } } }"""
			.formatted(METHODOLOGY)).execute();
		returned.path("returnAssessment.userErrors").entityList(Object.class).hasSize(0);
		returned.path("returnAssessment.assessment.state").entity(String.class).isEqualTo("RETURNED");
		returned.path("returnAssessment.assessment.returnComments[0].comment").entity(String.class)
			.isEqualTo("Kế hoạch 7/KH-UBND chưa có báo cáo kết quả");

		// The unit corrects and submits again; the council appraises.
		assertThat(recordErrors(officer, "184", score("1.1.2", "SELF", "3", "Kế hoạch 7/KH-UBND, Báo cáo 30/BC-UBND")))
			.isEmpty();
		step(officer, "submitAssessment").path("submitAssessment.assessment.state").entity(String.class)
			.isEqualTo("SUBMITTED");
		assertThat(stepErrors(council, "appraiseAssessment")).singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).endsWith("cannot be appraised: 1 self-assessed "
					+ "component(s) without an APPRAISED score (the council accepts or cuts each): 1.1.2"));
		assertThat(recordErrors(council, "184", score("1.1.2", "APPRAISED", "3", null))).isEmpty();
		step(council, "appraiseAssessment").path("appraiseAssessment.assessment.state").entity(String.class)
			.isEqualTo("APPRAISED");

		// The Department needs the survey's FINAL score, then publishes: 5 + 3 appraised + 8.5 surveyed = 16.5 of 20.
		assertForbidden(step(council, "publishAssessment"), null);
		assertThat(stepErrors(department, "publishAssessment")).singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).endsWith("1 component(s) without a FINAL or "
					+ "APPRAISED score (surveys and statistics are recorded as FINAL): 2.1.1"));
		assertThat(recordErrors(department, "184", score("2.1.1", "FINAL", "8.5", "SIPAS 2024"))).isEmpty();
		var published = step(department, "publishAssessment");
		published.path("publishAssessment.assessment.state").entity(String.class).isEqualTo("PUBLISHED");
		published.path("publishAssessment.assessment.indexPercent").entity(String.class).isEqualTo("82.50");

		// Published: no score changes, not even the Department's, and the index stays.
		assertThat(recordErrors(department, "184", score("1.1.1", "FINAL", "6", null))).singleElement()
			.satisfies(error -> assertThat((String) error.get("message")).contains("is PUBLISHED: FINAL scores are "
					+ "recorded while it is OPEN, SUBMITTED, RETURNED, APPRAISED; a published result changes only after "
					+ "an ADMIN reopens it with a reason (reopenAssessment)"));
		assertThat(publicIndex()).isEqualTo("82.50");
		assertThat(publicRanking()).isEqualTo(List.of("82.50", "8"));

		// A reopening needs a reason, and keeps what was published.
		var noReason = department.document("""
				mutation { reopenAssessment(input: { unitCode: "184", methodologyCode: "%s", year: 2024, reason: " " }) {
				  userErrors { field message code } } }""".formatted(METHODOLOGY)).execute();
		assertThat(userErrors(noReason, "reopenAssessment")).singleElement().satisfies(error -> {
			assertThat(error.get("field")).isEqualTo(List.of("input", "reason"));
			assertThat(error.get("code")).isEqualTo("REQUIRED");
		});
		department.document("""
				mutation { reopenAssessment(input: { unitCode: "184", methodologyCode: "%s", year: 2024,
				  reason: "Khiếu nại của UBND huyện về TP 1.1.1 được chấp nhận" }) { assessment { state } } }"""
			.formatted(METHODOLOGY)).execute()
			.path("reopenAssessment.assessment.state").entity(String.class).isEqualTo("APPRAISED");
		assertThat(recordErrors(department, "184", score("1.1.1", "FINAL", "6", "sau khiếu nại"))).isEmpty();
		assertThat(publicRanking()).as("the public ranks the result as published until it is published again")
			.isEqualTo(List.of("82.50", "8"));
		step(department, "publishAssessment").path("publishAssessment.assessment.indexPercent").entity(String.class)
			.isEqualTo("87.50");
		var publications = anonymous.document("""
				{ assessment(unitCode: "184", year: 2024, methodologyCode: "%s") { publications { indexPercent
				  reopenedBy { name role } reopenReason } } }""".formatted(METHODOLOGY)).execute();
		publications.path("assessment.publications[*].indexPercent").entityList(String.class)
			.containsExactly("82.50", "87.50");
		assertThat(publicRanking()).isEqualTo(List.of("87.50", "9"));
		publications.path("assessment.publications[0].reopenedBy.name").entity(String.class).isEqualTo("test-admin");
		publications.path("assessment.publications[0].reopenReason").entity(String.class)
			.isEqualTo("Khiếu nại của UBND huyện về TP 1.1.1 được chấp nhận");

		// Every step is in the audit log, with its values before and after.
		var log = steering.document("""
				{ auditLog(filter: { entityId: "184:%s:2024" }, first: 100) { totalCount edges { node {
				  action actor { name role unitCode } reason changes { field before after } } } } }"""
			.formatted(METHODOLOGY)).execute();
		log.path("auditLog.edges[*].node.action").entityList(String.class).containsExactly("ASSESSMENT_PUBLISHED",
				"SCORES_RECORDED", "ASSESSMENT_REOPENED", "ASSESSMENT_PUBLISHED", "SCORES_RECORDED",
				"ASSESSMENT_APPRAISED", "SCORES_RECORDED", "ASSESSMENT_SUBMITTED", "SCORES_RECORDED",
				"ASSESSMENT_RETURNED", "SCORES_RECORDED", "ASSESSMENT_SUBMITTED", "SCORES_RECORDED");
		log.path("auditLog.edges[2].node.reason").entity(String.class)
			.isEqualTo("Khiếu nại của UBND huyện về TP 1.1.1 được chấp nhận");
		log.path("auditLog.edges[2].node.changes[0]").entity(Map.class)
			.isEqualTo(Map.of("field", "state", "before", "PUBLISHED", "after", "APPRAISED"));
		log.path("auditLog.edges[8].node.actor").entity(Map.class)
			.isEqualTo(Map.of("name", "van-quan-officer", "role", "UNIT", "unitCode", "184"));
		log.path("auditLog.edges[8].node.changes[*].field").entityList(String.class)
			.containsExactly("scores.1.1.2.SELF.points", "scores.1.1.2.SELF.note");
		log.path("auditLog.edges[8].node.changes[0].before").entity(String.class).isEqualTo("3.5");
		log.path("auditLog.edges[8].node.changes[0].after").entity(String.class).isEqualTo("3");

		// The evidence is the unit's and those entitled's: a stranger sees none.
		String evidence = "{ assessment(unitCode: \"184\", year: 2024, methodologyCode: \"" + METHODOLOGY
				+ "\") { evidence { fileName } } }";
		officer.document(evidence).execute().path("assessment.evidence[*].fileName").entityList(String.class)
			.containsExactly("bao-cao-12-BC-UBND.pdf");
		anonymous.document(evidence).execute().path("assessment.evidence").entityList(Object.class).hasSize(0);

		// A score shows its history: the officer sees the SELF changes, a stranger only the published stage.
		String history = """
				{ assessment(unitCode: "184", year: 2024, methodologyCode: "%s") { scores { component { code }
				  history { stage pointsBefore pointsAfter by { name } action } } } }""".formatted(METHODOLOGY);
		officer.document(history).execute()
			.path("assessment.scores[1].history[*].pointsAfter").entityList(String.class)
			.containsExactly("3.5", "3", "3", "3");
		anonymous.document(history).execute()
			.path("assessment.scores[1].history[*].stage").entityList(String.class).containsExactly("FINAL");
		anonymous.document(history).execute()
			.path("assessment.scores[1].history[0].action").entity(String.class).isEqualTo("ASSESSMENT_PUBLISHED");
	}

	@Test
	void theAuditLogIsNotForStrangersAndAUnitOfficerReadsOnlyItsOwnUnitsAndThoseBelow() {
		anonymous.document("{ auditLog { totalCount } }").execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
		officer.document("{ auditLog(filter: { unitCode: \"20\" }) { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage())
					.isEqualTo("Token 'van-quan-officer' speaks for unit 184 and the units below it, not for unit 20")));
		officer.document("{ auditLog(first: 100) { edges { node { unitCode } } } }").execute()
			.path("auditLog.edges[*].node.unitCode").entityList(String.class)
			.satisfies(codes -> assertThat(codes).contains("184").doesNotContain("20", "181"));
	}

	@Test
	void theSteeringCommitteeReadsButChangesNothing() {
		assertForbidden(record(steering, "184", score("1.1.1", "SELF", "1", "x")), null);
		steering.document("{ auditLog(first: 1) { totalCount } }").execute()
			.path("auditLog.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
	}

	/** Văn Quan's index and field 1's points in the public ranking of its methodology (from its snapshot). */
	private List<String> publicRanking() {
		var ranking = anonymous.document("{ ranking(methodologyCode: \"%s\", year: 2024) ".formatted(METHODOLOGY)
				+ "{ edges { node { unit { code } indexPercent assessment { fields { points } } } } } }").execute();
		ranking.path("ranking.edges[0].node.unit.code").entity(String.class).isEqualTo("184");
		return List.of(ranking.path("ranking.edges[0].node.indexPercent").entity(String.class).get(),
				ranking.path("ranking.edges[0].node.assessment.fields[0].points").entity(String.class).get());
	}

	private String publicIndex() {
		return anonymous.document("{ assessment(unitCode: \"184\", year: 2024, methodologyCode: \"%s\", stage: FINAL) "
				.formatted(METHODOLOGY) + "{ indexPercent } }").execute()
			.path("assessment.indexPercent").entity(String.class).get();
	}

	private static Map<String, Object> score(String component, String stage, String points, String note) {
		return note == null ? Map.of("componentCode", component, "stage", stage, "points", points)
				: Map.of("componentCode", component, "stage", stage, "points", points, "note", note);
	}

	@SafeVarargs
	private GraphQlTester.Response record(HttpGraphQlTester as, String unit, Map<String, Object>... scores) {
		return as.document(RECORD)
			.variable("input", Map.of("unitCode", unit, "methodologyCode", METHODOLOGY, "year", 2024, "scores",
					List.of(scores)))
			.execute();
	}

	private GraphQlTester.Response step(HttpGraphQlTester as, String mutation) {
		return as.document(STEP.formatted(mutation))
			.variable("input", Map.of("unitCode", "184", "methodologyCode", METHODOLOGY, "year", 2024))
			.execute();
	}

	@SafeVarargs
	private List<Map<String, Object>> recordErrors(HttpGraphQlTester as, String unit, Map<String, Object>... scores) {
		return userErrors(record(as, unit, scores), "recordComponentScores");
	}

	private List<Map<String, Object>> stepErrors(HttpGraphQlTester as, String mutation) {
		return userErrors(step(as, mutation), mutation);
	}

	/** The user errors of the response's mutation. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<Map<String, Object>> userErrors(GraphQlTester.Response response, String mutation) {
		return (List) response.path(mutation + ".userErrors").entityList(Map.class).get();
	}

	private static void assertForbidden(GraphQlTester.Response response, String message) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
			if (message != null) {
				assertThat(error.getMessage()).isEqualTo(message);
			}
		}));
	}

}
