package vn.parmonitor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading is open; changing data needs an API token of the right role; an unknown token is refused outright. Every
 * refusal says what to send: the header, the role, the units a token speaks for.
 */
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
	void aMutationWithoutTokenIsUnauthorizedNamingTheHeaderAndTheRoleAndStoresNothing() {
		anonymous.document(UPSERT).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("UNAUTHORIZED");
			assertThat(errors.get(0).getMessage()).isEqualTo("upsertUnits needs an API token with role ADMIN: send the "
					+ "header 'Authorization: Bearer <token>'");
			assertThat(errors.get(0).getExtensions()).containsEntry("header", "Authorization")
				.containsEntry("requiredRoles", List.of("ADMIN"));
		});
		assertThat(units.find("T-SEC")).isEmpty();
	}

	@Test
	void aUnitTokenCannotDoWhatOnlyTheDepartmentOfHomeAffairsMay() {
		Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN).document(UPSERT).execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("FORBIDDEN");
			assertThat(errors.get(0).getMessage()).isEqualTo(
					"upsertUnits needs an API token with role ADMIN; token 'van-quan-officer' has role UNIT");
		});
		assertThat(units.find("T-SEC")).isEmpty();
	}

	@Test
	void aUnitTokenActingForAnotherUnitIsToldWhichUnitsItSpeaksFor() {
		Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN)
			.document("mutation { setUnitContacts(input: { unitCode: \"20\", emails: [\"a@langson.invalid\"] }) { userErrors { message } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(error.getMessage()).isEqualTo(
						"Token 'van-quan-officer' speaks for unit 184 and the units below it, not for unit 20");
			}));
	}

	@Test
	void aUnitTokenSetsTheContactsOfAUnitBelowItsOwnAndIsToldOfAMissingAlertByItsKey() {
		// An office of Văn Quan of the test's own (the demo counts Văn Quan's communes).
		Testers.admin(anonymous)
			.document("mutation { upsertUnits(input: { units: [{ code: \"T-SEC-VQ-OFFICE\", name: \"Phòng Nội vụ Thử\", "
					+ "kind: DEPARTMENT, parentCode: \"184\" }] }) { userErrors { message } } }")
			.execute()
			.path("upsertUnits.userErrors").entityList(Object.class).hasSize(0);
		HttpGraphQlTester vanQuan = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		vanQuan.document("mutation { setUnitContacts(input: { unitCode: \"T-SEC-VQ-OFFICE\", emails: [\"pnv@vanquan.invalid\"] }) "
				+ "{ contacts { emails } userErrors { message } } }")
			.execute()
			.path("setUnitContacts.contacts.emails").entityList(String.class).containsExactly("pnv@vanquan.invalid");
		vanQuan.document("mutation { acknowledgeAlert(input: { alertKey: \"no-such-alert\" }) { userErrors { field message } } }")
			.execute()
			.path("acknowledgeAlert.userErrors[0]").entity(Map.class)
			.isEqualTo(Map.of("field", List.of("input", "alertKey"), "message", "alert no-such-alert does not exist"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ unit(code: \"20\") { name } }", "mutation { evaluateTargets { run { key } } }" })
	void anUnknownTokenIsRefusedWith401EvenForAReadNamingTheHeader(String query) {
		var response = new RawHttp(port).graphQl(query, "Authorization", "Bearer not-a-token-of-this-server");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(response.firstError()).isEqualTo("the token in the Authorization header is not a known API token: "
				+ "check it for typos or ask the Department for one (par.security.tokens); leave the header out to read "
				+ "without a token");
		assertThat(response.firstErrorExtension("classification")).isEqualTo("UNAUTHORIZED");
		assertThat(response.firstErrorExtension("header")).isEqualTo("Authorization");
	}

	@Test
	void anAuthorizationHeaderOfAnotherSchemeIsRefusedWith401() {
		var response = new RawHttp(port).graphQl("{ __typename }", "Authorization", "Basic YWRtaW46YWRtaW4=");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.firstError()).isEqualTo("the Authorization header must read 'Bearer <token>' with an API "
				+ "token; leave it out to read without a token");
	}

	@Test
	void readingNeedsNoToken() {
		anonymous.document("{ unit(code: \"20\") { name } }").execute().path("unit.name").entity(String.class)
			.isEqualTo("Tỉnh Lạng Sơn");
	}

}
