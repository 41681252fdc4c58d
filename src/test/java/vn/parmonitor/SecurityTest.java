package vn.parmonitor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading is open; changing data needs an API token of the right role; an unknown token is refused outright. */
@ParMonitorIntegrationTest
class SecurityTest {

	private static final String UPSERT = "mutation { upsertUnits(input: { units: [{ code: \"T-SEC\", name: \"Tỉnh Bảo Mật\", kind: PROVINCE }] }) { userErrors { message } } }";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	@LocalServerPort
	int port;

	@Test
	void aMutationWithoutTokenIsUnauthorizedAndStoresNothing() {
		anonymous.document(UPSERT).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("UNAUTHORIZED");
		});
		assertThat(units.find("T-SEC")).isEmpty();
	}

	@Test
	void aUnitTokenCannotDoWhatOnlyTheDepartmentOfHomeAffairsMay() {
		Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN).document(UPSERT).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
		});
		assertThat(units.find("T-SEC")).isEmpty();
	}

	@Test
	void anUnknownTokenIsRefusedWith401() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer not-a-token-of-this-server")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ unit(code: \\\"20\\\") { name } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void readingNeedsNoToken() {
		anonymous.document("{ unit(code: \"20\") { name } }").execute().path("unit.name").entity(String.class)
			.isEqualTo("Tỉnh Lạng Sơn");
	}

}
