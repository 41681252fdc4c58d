package vn.parmonitor.system.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import testissuer.TestIssuer;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.RawHttp;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in with the department's identity provider: PAR Monitor accepts the OpenID Connect access tokens of
 * the configured issuer (here a real Spring Authorization Server on 127.0.0.1, with its own signing key), takes the
 * role and the unit from their claims, and refuses a token of another issuer or without a role, saying why.
 */
@ParMonitorIntegrationTest
class PersonTokensTest {

	static final ConfigurableApplicationContext ISSUER = TestIssuer.start();

	static final String OBSERVATION = """
			mutation($unit: String!) { recordObservation(input: { indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: $unit,
			  period: "2023-03", numerator: 30, denominator: 40 }) { observations { value } userErrors { message } } }""";

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIssuer.issuerUri(ISSUER));
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Autowired
	HttpGraphQlTester anonymous;

	@LocalServerPort
	int port;

	@Test
	void aUnitOfficerSignedInAtTheIssuerReportsForItsUnitAndNotForAnother() {
		HttpGraphQlTester vanQuan = Testers.as(anonymous, token(ISSUER, "van-quan-officer"));
		vanQuan.document(OBSERVATION).variable("unit", "184").execute()
			.path("recordObservation.observations[0].value").entity(String.class).isEqualTo("75.00");
		vanQuan.document(OBSERVATION).variable("unit", "20").execute().errors().satisfy(errors ->
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
					assertThat(error.getMessage()).isEqualTo(
							"Token 'Lê Văn C (Văn Quan)' speaks for unit 184 and the units below it, not for unit 20");
				}));
	}

	@Test
	void eachRoleFromTheIssuerIsTheRoleOfItsClaim() {
		String upsert = "mutation { upsertIndicator(input: { code: \"T-OIDC\", name: \"Chỉ tiêu thử\", measure: PERCENT, "
				+ "direction: HIGHER_IS_BETTER, period: MONTHLY }) { indicator { code } userErrors { message } } }";
		Testers.as(anonymous, token(ISSUER, "doha-officer")).document(upsert).execute()
			.path("upsertIndicator.indicator.code").entity(String.class).isEqualTo("T-OIDC");
		for (Map.Entry<String, String> person : Map.of("council-member", "APPRAISER", "steering-member", "VIEWER",
				"van-quan-officer", "UNIT").entrySet()) {
			Testers.as(anonymous, token(ISSUER, person.getKey())).document(upsert).execute().errors().satisfy(errors ->
					assertThat(errors).singleElement().satisfies(error -> {
						assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
						assertThat(error.getExtensions()).containsEntry("tokenRole", person.getValue())
							.containsEntry("requiredRoles", List.of("ADMIN"));
					}));
		}
	}

	@Test
	void aTokenWithoutARoleOrOfAnotherIssuerOrForgedIsRefusedWith401SayingWhy() {
		RawHttp http = new RawHttp(port);
		String query = "{ unit(code: \"20\") { name } }";
		RawHttp.Response stranger = http.graphQl(query, "Authorization", "Bearer " + token(ISSUER, "stranger"));
		assertThat(stranger.status()).isEqualTo(401);
		assertThat(stranger.firstError()).startsWith("the OpenID Connect token carries no PAR Monitor role: claim "
				+ "'par_role' must hold one of [admin, appraiser, unit, viewer]");
		try (ConfigurableApplicationContext other = TestIssuer.start()) {
			RawHttp.Response foreign = http.graphQl(query, "Authorization", "Bearer " + token(other, "doha-officer"));
			assertThat(foreign.status()).isEqualTo(401);
			assertThat(foreign.firstError()).startsWith("the OpenID Connect token was refused: ");
		}
		// A Văn Quan officer makes itself ADMIN after signing.
		String[] parts = token(ISSUER, "van-quan-officer").split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(claims).contains("\"par_role\":\"UNIT\"");
		String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(claims
			.replace("\"par_role\":\"UNIT\"", "\"par_role\":\"ADMIN\"").getBytes(StandardCharsets.UTF_8));
		RawHttp.Response forged = http.graphQl(query, "Authorization", "Bearer " + parts[0] + "." + forgedClaims + "."
				+ parts[2]);
		assertThat(forged.status()).as("claims changed after signing").isEqualTo(401);
		assertThat(forged.firstError()).startsWith("the OpenID Connect token was refused: ");
	}

	@Test
	void theMachinesApiTokensStillWork() {
		Testers.admin(anonymous).document("{ unit(code: \"184\") { name } }").execute()
			.path("unit.name").entity(String.class).isEqualTo("Huyện Văn Quan");
	}

	/** An access token of {@code client} from {@code issuer}, by the client-credentials grant. */
	static String token(ConfigurableApplicationContext issuer, String client) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(TestIssuer.issuerUri(issuer) + "/oauth2/token"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((client + ":" + TestIssuer.secretOf(client))
					.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
