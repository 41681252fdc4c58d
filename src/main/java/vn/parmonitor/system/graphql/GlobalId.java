package vn.parmonitor.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Opaque global ids: URL-safe base64 of {@code Type:key}. Clients must not parse them. */
public final class GlobalId {

	private GlobalId() {
	}

	public static String encode(String type, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The type and key inside {@code id}, or empty when it is not an id this server issued. */
	public static Optional<Decoded> decode(String id) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = text.indexOf(':');
			if (colon <= 0 || colon == text.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new Decoded(text.substring(0, colon), text.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public record Decoded(String type, String key) {
	}

}
