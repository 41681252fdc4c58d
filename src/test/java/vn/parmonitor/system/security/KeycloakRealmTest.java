package vn.parmonitor.system.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak demo realm of docker-compose gives PAR Monitor what it reads from a person's token: every user has a
 * role of the product in the claim the server reads by default, a unit officer a unit of the demo data, the claims go
 * into the access token, and the realm's user profile declares them (Keycloak 24 and later drop undeclared
 * attributes). Keycloak itself does not run here (no container runtime); PersonTokensTest signs people in at a real
 * issuer.
 */
class KeycloakRealmTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final JsonNode realm = read(Path.of("keycloak", "par-realm.json"));

	final SecurityProperties.Oidc claims = new SecurityProperties(null, null).oidc();

	@Test
	void everyRoleHasAUserAndEveryUnitOfficerAUnitOfTheDemo() throws IOException {
		Set<String> roles = new HashSet<>();
		Set<String> demoUnits = demoUnitCodes();
		for (JsonNode user : realm.get("users")) {
			String role = user.at("/attributes/" + claims.roleClaim() + "/0").asString();
			assertThat(ApiRole.valueOf(role)).as("the role of %s", user.get("username").asString()).isNotNull();
			roles.add(role);
			if (role.equals("UNIT")) {
				assertThat(demoUnits).as("the unit of %s", user.get("username").asString())
					.contains(user.at("/attributes/" + claims.unitClaim() + "/0").asString());
			}
			assertThat(user.at("/credentials/0/value").asString()).isEqualTo("demo-" + user.get("username").asString());
		}
		assertThat(roles).containsExactlyInAnyOrder("ADMIN", "APPRAISER", "UNIT", "VIEWER");
	}

	@Test
	void theClientPutsTheRoleAndTheUnitIntoTheAccessTokenAndTheProfileDeclaresThem() {
		JsonNode client = realm.get("clients").get(0);
		assertThat(client.get("clientId").asString()).isEqualTo("par-monitor");
		assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as("the README's curl sign-in").isTrue();
		List<String> claimsInAccessTokens = new ArrayList<>();
		for (JsonNode mapper : client.get("protocolMappers")) {
			if (mapper.at("/config/access.token.claim").asString("").equals("true")
					&& mapper.at("/config/claim.name").isString()) {
				claimsInAccessTokens.add(mapper.at("/config/claim.name").asString());
			}
		}
		assertThat(claimsInAccessTokens).contains(claims.roleClaim(), claims.unitClaim());
		String profile = realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0")
			.asString();
		List<String> declared = new ArrayList<>();
		read(profile).get("attributes").forEach(attribute -> declared.add(attribute.get("name").asString()));
		assertThat(declared).contains("username", "email", claims.roleClaim(), claims.unitClaim());
	}

	private static Set<String> demoUnitCodes() throws IOException {
		Set<String> codes = new HashSet<>();
		try (var files = Files.list(Path.of("src/main/resources/demo/units"))) {
			for (Path file : files.toList()) {
				JsonNode units = JSON.readTree(file.toFile());
				(units.isArray() ? units : units.path("units")).forEach(unit -> codes.add(unit.path("code").asString()));
			}
		}
		return codes;
	}

	private static JsonNode read(Path file) {
		return JSON.readTree(file.toFile());
	}

	private static JsonNode read(String text) {
		return JSON.readTree(text);
	}

}
