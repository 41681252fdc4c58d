package vn.parmonitor.system.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * People's OpenID Connect access tokens: a JWT of the configured issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, checked for signature, issuer, expiry and, when
 * configured, audience by Spring Security), whose role and unit are read from the claims of
 * {@code par.security.oidc.*}. Without an issuer configured, no JWT is accepted.
 */
@Component
class PersonTokens {

	private final ObjectProvider<JwtDecoder> decoders;

	private final SecurityProperties.Oidc claims;

	PersonTokens(ObjectProvider<JwtDecoder> decoders, SecurityProperties properties) {
		this.decoders = decoders;
		this.claims = properties.oidc();
	}

	/** Whether {@code token} has the shape of a JWT (three base64url parts), so that it is a person's token. */
	static boolean looksLikeJwt(String token) {
		return token.chars().filter(c -> c == '.').count() == 2 && token.length() > 20;
	}

	/** The person behind the token, or why it is refused. */
	Result authenticate(String token) {
		JwtDecoder decoder = decoders.getIfAvailable();
		if (decoder == null) {
			return Result.refused("the token is a JWT, but this server accepts no OpenID Connect tokens (no "
					+ "spring.security.oauth2.resourceserver.jwt.issuer-uri configured); use an API token");
		}
		Jwt jwt;
		try {
			jwt = decoder.decode(token);
		}
		catch (BadJwtException ex) {
			return Result.refused("the OpenID Connect token was refused: " + reason(ex));
		}
		catch (JwtException ex) {
			// The issuer could not be asked for its keys: not the caller's fault, but nothing can be checked.
			return Result.refused("the OpenID Connect token could not be checked (the identity provider did not answer): "
					+ ex.getMessage());
		}
		Optional<ApiRole> role = role(jwt);
		if (role.isEmpty()) {
			return Result.refused("the OpenID Connect token carries no PAR Monitor role: claim '" + claims.roleClaim()
					+ "' must hold one of " + Arrays.toString(ApiRole.values()).toLowerCase(Locale.ROOT)
					+ (claims.rolePrefix().isEmpty() ? "" : " prefixed '" + claims.rolePrefix() + "'") + ", it holds "
					+ values(claim(jwt, claims.roleClaim())));
		}
		String unit = jwt.getClaimAsString(claims.unitClaim());
		if (role.get() == ApiRole.UNIT && (unit == null || unit.isBlank())) {
			return Result.refused("the OpenID Connect token of a UNIT officer must name the unit in claim '"
					+ claims.unitClaim() + "'");
		}
		String name = Optional.ofNullable(jwt.getClaimAsString(claims.nameClaim())).orElse(jwt.getSubject());
		return Result.of(new ApiPrincipal(name, role.get(), unit == null ? null : unit.strip()), jwt.getExpiresAt());
	}

	private Optional<ApiRole> role(Jwt jwt) {
		for (String value : values(claim(jwt, claims.roleClaim()))) {
			String name = value.strip();
			if (!claims.rolePrefix().isEmpty()) {
				if (!name.regionMatches(true, 0, claims.rolePrefix(), 0, claims.rolePrefix().length())) {
					continue;
				}
				name = name.substring(claims.rolePrefix().length());
			}
			for (ApiRole role : ApiRole.values()) {
				if (role.name().equalsIgnoreCase(name)) {
					return Optional.of(role);
				}
			}
		}
		return Optional.empty();
	}

	/** The claim at a dotted path ({@code realm_access.roles}), or null. */
	private static Object claim(Jwt jwt, String path) {
		Object current = jwt.getClaims();
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	private static List<String> values(Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof Collection<?> many) {
			many.forEach(value -> values.add(String.valueOf(value)));
		}
		else if (claim != null) {
			values.addAll(Arrays.asList(String.valueOf(claim).split("[ ,]+")));
		}
		return values;
	}

	private static String reason(BadJwtException ex) {
		String message = ex.getMessage();
		return message == null ? "it is not a valid JWT of the configured issuer" : message;
	}

	/** A person, or a refusal in words. */
	record Result(ApiPrincipal principal, Instant expiresAt, String refusal) {

		static Result of(ApiPrincipal principal, Instant expiresAt) {
			return new Result(principal, expiresAt, null);
		}

		static Result refused(String why) {
			return new Result(null, null, why);
		}

	}

}
