package vn.parmonitor.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The configured tokens, compared in constant time through their SHA-256 digests. With none configured, one admin
 * token is generated for this run and logged, so that a fresh checkout can load data without any setup.
 */
@Component
class ApiTokens {

	private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

	private final List<Entry> entries = new ArrayList<>();

	ApiTokens(SecurityProperties properties) {
		List<SecurityProperties.Token> tokens = properties.tokens();
		if (tokens.isEmpty()) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			String generated = HexFormat.of().formatHex(random);
			log.warn("No par.security.tokens configured; generated an ADMIN token for this run only: {}", generated);
			tokens = List.of(new SecurityProperties.Token("generated-admin", generated, ApiRole.ADMIN, null));
		}
		for (SecurityProperties.Token token : tokens) {
			if (token.token() == null || token.token().length() < 16) {
				throw new IllegalStateException("API token '" + token.name() + "' must have at least 16 characters");
			}
			if (token.role() == ApiRole.UNIT && token.unitCode() == null) {
				throw new IllegalStateException("UNIT token '" + token.name() + "' needs a unitCode");
			}
			if (token.token().startsWith("demo-")) {
				log.warn("Demo token '{}' ({}) is active: its value is printed in the demo profile, which is for a "
						+ "machine of one's own, never for a network", token.name(), token.role());
			}
			entries.add(new Entry(digest(token.token()), new ApiPrincipal(token.name(), token.role(), token.unitCode())));
		}
	}

	Optional<ApiPrincipal> authenticate(String presented) {
		byte[] digest = digest(presented);
		ApiPrincipal found = null;
		for (Entry entry : entries) {
			// Compare against every entry, so that timing says nothing about which token matched.
			if (MessageDigest.isEqual(entry.digest(), digest)) {
				found = entry.principal();
			}
		}
		return Optional.ofNullable(found);
	}

	private static byte[] digest(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Entry(byte[] digest, ApiPrincipal principal) {
	}

}
