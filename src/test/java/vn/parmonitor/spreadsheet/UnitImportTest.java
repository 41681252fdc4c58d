package vn.parmonitor.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import vn.parmonitor.MultipartUpload;
import vn.parmonitor.MultipartUpload.Answer;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's units from a CSV file over real HTTP, as upsertUnits takes them: a commune before its province in the
 * file, a bad kind and an unknown parent named by row and column with nothing stored, the same file twice.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitImportTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String FILE = """
			code;name;shortName;kind;parentCode;validFrom;source
			T-UI-C1;Xã Thử Một;Thử Một;COMMUNE;T-UI-P;2025-07-01;Nghị quyết (thử)
			T-UI-P;Tỉnh Thử Nhập;Thử Nhập;PROVINCE;;2025-07-01;Nghị quyết (thử)
			T-UI-C2;Xã Thử Hai;Thử Hai;COMMUNE;T-UI-P;2025-07-01;Nghị quyết (thử)
			""";

	@LocalServerPort
	int port;

	@Autowired
	UnitService units;

	RestClient http;

	@BeforeAll
	void client() {
		http = RestClient.create("http://127.0.0.1:" + port);
	}

	@Test
	void aProvinceAndItsCommunesImportInAnyOrderAndTheSameFileAgainChangesNothing() {
		JsonNode stored = job(send(ParMonitorIntegrationTest.ADMIN_TOKEN, FILE), 200);
		assertThat(stored.get("rowsStored").asInt()).isEqualTo(3);
		assertThat(stored.get("rowsChanged").asInt()).isEqualTo(3);
		Unit commune = units.find("T-UI-C1").orElseThrow();
		assertThat(commune.parentCode()).isEqualTo("T-UI-P");
		assertThat(commune.name()).isEqualTo("Xã Thử Một");
		assertThat(commune.validFrom()).hasToString("2025-07-01");
		assertThat(job(send(ParMonitorIntegrationTest.ADMIN_TOKEN, FILE), 200).get("rowsChanged").asInt()).isZero();

		// The province's template holds what is stored: sent back unchanged, it changes nothing.
		Answer template = MultipartUpload.get(http, "/templates/units?unitCode=T-UI-P", ParMonitorIntegrationTest.ADMIN_TOKEN);
		assertThat(template.status()).as(template.body()).isEqualTo(200);
		JsonNode back = job(MultipartUpload.post(http, "/imports/units", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "don-vi.xlsx", template.bytes()), 200);
		assertThat(back.get("format").asString()).isEqualTo("XLSX");
		assertThat(back.get("rowsRead").asInt()).isEqualTo(3);
		assertThat(back.get("rowsChanged").asInt()).isZero();
	}

	@Test
	void aBadKindAndAnUnknownParentAreNamedAndNothingIsStored() {
		String bad = """
				code,name,kind,parentCode
				T-UI-X1,Xã Sai Một,HAMLET,T-UI-P
				T-UI-X2,Xã Sai Hai,COMMUNE,T-UI-NOWHERE
				""";
		JsonNode kind = job(send(ParMonitorIntegrationTest.ADMIN_TOKEN, bad), 422);
		assertThat(kind.get("errors").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(kind.get("errors").get(0).get("column").asString()).isEqualTo("C");
		assertThat(kind.get("errors").get(0).get("message").asString())
			.isEqualTo("'HAMLET' is not one of MINISTRY, PROVINCE, DISTRICT, COMMUNE, DEPARTMENT");

		JsonNode parent = job(send(ParMonitorIntegrationTest.ADMIN_TOKEN, bad.replace("HAMLET", "COMMUNE")), 422);
		JsonNode error = parent.get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(3);
		assertThat(error.get("column").asString()).isEqualTo("D");
		assertThat(error.get("message").asString()).as("upsertUnits' own words")
			.isEqualTo("parent unit T-UI-NOWHERE does not exist");
		assertThat(units.find("T-UI-X1")).as("nothing of the file is stored").isEmpty();

		Answer officer = send(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, FILE);
		assertThat(officer.status()).isEqualTo(403);
	}

	private Answer send(String token, String csv) {
		return MultipartUpload.post(http, "/imports/units", token, Map.of("wait", "true"), "don-vi.csv",
				csv.getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode job(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return JSON.readTree(answer.body());
	}

}
