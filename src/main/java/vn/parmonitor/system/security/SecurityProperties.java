package vn.parmonitor.system.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * API tokens, given through the environment (never committed), e.g.
 * {@code PAR_SECURITY_TOKENS_0_NAME=doha PAR_SECURITY_TOKENS_0_TOKEN=... PAR_SECURITY_TOKENS_0_ROLE=ADMIN}.
 */
@ConfigurationProperties("par.security")
public record SecurityProperties(List<Token> tokens) {

	public SecurityProperties {
		tokens = tokens == null ? List.of() : List.copyOf(tokens);
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
