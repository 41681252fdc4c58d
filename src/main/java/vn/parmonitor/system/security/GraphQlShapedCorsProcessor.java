package vn.parmonitor.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalMetrics;
import vn.parmonitor.system.graphql.limits.RefusalReason;
import vn.parmonitor.system.http.RefusalBodies;

/** Spring's CORS checks, with the refusal (403) in the GraphQL shape like every other one, not as plain text. */
class GraphQlShapedCorsProcessor extends DefaultCorsProcessor {

	private final JsonMapper json;

	private final RefusalMetrics metrics;

	GraphQlShapedCorsProcessor(JsonMapper json, RefusalMetrics metrics) {
		this.json = json;
		this.metrics = metrics;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		metrics.refused(RefusalReason.ORIGIN_NOT_ALLOWED);
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8));
		response.getBody().write(RefusalBodies.body(json, new Refusal(RefusalReason.ORIGIN_NOT_ALLOWED, 403,
				"this origin may not call PAR Monitor from a browser: the Department adds allowed origins with "
						+ "spring.graphql.cors.allowed-origins", Map.of("header", "Origin"), null)));
		response.flush();
	}

}
