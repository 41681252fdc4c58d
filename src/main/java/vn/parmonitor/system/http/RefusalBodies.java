package vn.parmonitor.system.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.parmonitor.system.graphql.limits.Refusal;

/**
 * The GraphQL shape of a refusal, {@code {"errors": [{"message": ..., "extensions": {...}}]}}, for the endpoint and
 * for the filters in front of it (an unknown token is refused before any handler runs).
 */
public final class RefusalBodies {

	private RefusalBodies() {
	}

	public static byte[] body(JsonMapper json, Refusal refusal) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", refusal.getMessage());
		error.put("extensions", refusal.extensions());
		return json.writeValueAsBytes(Map.of("errors", List.of(error)));
	}

	/** Writes {@code refusal} as the whole response of a servlet filter. */
	public static void send(HttpServletResponse response, JsonMapper json, Refusal refusal) throws IOException {
		response.setStatus(refusal.status());
		response.setContentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8).toString());
		if (refusal.retryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
		}
		byte[] body = body(json, refusal);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
