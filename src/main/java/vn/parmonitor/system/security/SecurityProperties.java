package vn.parmonitor.system.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API tokens, given through the environment (never committed), e.g.
 * {@code PAR_SECURITY_TOKENS_0_NAME=doha PAR_SECURITY_TOKENS_0_TOKEN=... PAR_SECURITY_TOKENS_0_ROLE=ADMIN}.
 */
@ConfigurationProperties("par.security")
public record SecurityProperties(List<Token> tokens, Oidc oidc) {

	public SecurityProperties {
		tokens = tokens == null ? List.of() : List.copyOf(tokens);
		oidc = oidc == null ? new Oidc(null, null, null, null) : oidc;
	}

	/**
	 * Where a person's OpenID Connect access token (a JWT of the issuer of
	 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) carries PAR Monitor's role and unit.
	 *
	 * @param roleClaim the claim holding the role, a dotted path for a nested one ({@code realm_access.roles} in
	 *     Keycloak); a string or a list, of which the first value that names a role counts
	 * @param rolePrefix what role values start with in the issuer ({@code par-} for {@code par-unit}), ignored when
	 *     matching; empty by default
	 * @param unitClaim the claim holding the code of a UNIT officer's unit
	 * @param nameClaim the claim shown as the caller's name (on acknowledgements, in the audit trail)
	 */
	public record Oidc(String roleClaim, String rolePrefix, String unitClaim, String nameClaim) {

		public Oidc {
			roleClaim = roleClaim == null || roleClaim.isBlank() ? "par_role" : roleClaim.strip();
			rolePrefix = rolePrefix == null ? "" : rolePrefix.strip();
			unitClaim = unitClaim == null || unitClaim.isBlank() ? "par_unit" : unitClaim.strip();
			nameClaim = nameClaim == null || nameClaim.isBlank() ? "preferred_username" : nameClaim.strip();
		}

	}

	/**
	 * @param name who holds it (shown in logs and on acknowledgements)
	 * @param token the secret sent as {@code Authorization: Bearer <token>}
	 * @param role what it may do
	 * @param unitCode the unit a {@link ApiRole#UNIT} token speaks for
	 */
	public record Token(String name, String token, ApiRole role, String unitCode) {
	}

}
