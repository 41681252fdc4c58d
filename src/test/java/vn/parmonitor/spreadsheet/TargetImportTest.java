package vn.parmonitor.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import vn.parmonitor.MultipartUpload;
import vn.parmonitor.MultipartUpload.Answer;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's targets from a CSV file over real HTTP, as upsertTargets takes them, on a province and plan of the test's
 * own (inactive targets, so that no evaluation of the shared context counts them): baseline, deadline and milestones
 * in cells, an index above 100 named by row and column with nothing stored, the same file twice.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetImportTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String FILE = """
			code,planCode,name,kind,subjectUnitCode,year,methodologyCode,indicatorCode,comparator,targetValue,baselineValue,baselineDate,deadline,milestones,active
			T-TI-INDEX,T-TI-PLAN,Chỉ số CCHC 2024 từ 85%,UNIT_INDEX,T-TI-P,2024,PROVINCE-2024,,,85,80,2024-01-01,2024-12-31,,FALSE
			T-TI-ONLINE,T-TI-PLAN,Hồ sơ trực tuyến 100%,INDICATOR,T-TI-P,2024,,ONLINE_DOSSIER_RATE,AT_LEAST,100,90,2024-01-01,2024-12-31,2024-06-30=95,FALSE
			""";

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	@Autowired
	TargetService targets;

	RestClient http;

	@BeforeAll
	void aProvinceAndItsPlan() {
		http = RestClient.create("http://127.0.0.1:" + port);
		assertThat(units.upsert(List.of(new UnitInput("T-TI-P", "Tỉnh Mục Tiêu", null, null, UnitKind.PROVINCE, null,
				null, null, null, null, null, null, null))).userErrors()).isEmpty();
		Testers.admin(anonymous).document("""
				mutation { upsertPlan(input: { code: "T-TI-PLAN", name: "Kế hoạch thử", ownerUnitCode: "T-TI-P",
				  year: 2024 }) { userErrors { message } } }""").execute().path("upsertPlan.userErrors")
			.entityList(Object.class).hasSize(0);
	}

	@Test
	void thePlansTargetsImportWithTheirBaselinesAndMilestonesAndTheSameFileAgainChangesNothing() {
		JsonNode stored = job(send(FILE), 200);
		assertThat(stored.get("rowsChanged").asInt()).isEqualTo(2);
		Target online = targets.findTarget("T-TI-ONLINE").orElseThrow();
		assertThat(online.targetValue()).isEqualByComparingTo("100");
		assertThat(online.baseline().value()).isEqualByComparingTo("90");
		assertThat(online.milestones()).hasSize(1);
		assertThat(online.milestones().get(0).value()).isEqualByComparingTo("95");
		assertThat(online.active()).isFalse();
		assertThat(job(send(FILE), 200).get("rowsChanged").asInt()).isZero();

		// The plan's template holds what is stored: sent back unchanged, it changes nothing.
		Answer template = MultipartUpload.get(http, "/templates/targets?planCode=T-TI-PLAN",
				ParMonitorIntegrationTest.ADMIN_TOKEN);
		assertThat(template.status()).as(template.body()).isEqualTo(200);
		JsonNode back = job(MultipartUpload.post(http, "/imports/targets", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "muc-tieu.xlsx", template.bytes()), 200);
		assertThat(back.get("rowsRead").asInt()).isEqualTo(2);
		assertThat(back.get("rowsChanged").asInt()).isZero();
	}

	@Test
	void anIndexAboveAHundredIsNamedAndNothingIsStored() {
		String bad = FILE.replace("T-TI-INDEX", "T-TI-BAD").replace("T-TI-ONLINE", "T-TI-BAD-2")
			.replace("UNIT_INDEX,T-TI-P,2024,PROVINCE-2024,,,85", "UNIT_INDEX,T-TI-P,2024,PROVINCE-2024,,,120");
		JsonNode refused = job(send(bad), 422);
		JsonNode error = refused.get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(2);
		assertThat(error.get("column").asString()).isEqualTo("J");
		assertThat(error.get("columnName").asString()).isEqualTo("targetValue");
		assertThat(error.get("message").asString()).as("upsertTargets' own words").startsWith("target value 120 of the ")
			.endsWith(" is above 100 (accepted: 0 to 100)");
		assertThat(targets.findTarget("T-TI-BAD-2")).as("nor the valid row of the file").isEmpty();
	}

	private Answer send(String csv) {
		return MultipartUpload.post(http, "/imports/targets", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "muc-tieu.csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode job(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return JSON.readTree(answer.body());
	}

}
