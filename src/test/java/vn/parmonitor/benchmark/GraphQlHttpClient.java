package vn.parmonitor.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import vn.parmonitor.MongoCommandCounter;

/**
 * A plain HTTP client for {@code POST /graphql}, as a front end calls it: what it measures includes serialisation,
 * the HTTP stack and the security filter, and nothing of a test framework.
 */
final class GraphQlHttpClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json;

	private final URI endpoint;

	private final String token;

	GraphQlHttpClient(JsonMapper json, int port, String token) {
		this.json = json;
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.token = token;
	}

	/** The {@code data} of the response; fails on transport errors, GraphQL errors and user errors. */
	Map<String, Object> execute(String document, Map<String, Object> variables) {
		return execute(document, variables, null);
	}

	/**
	 * As {@link #execute(String, Map)}, with the MongoDB commands of the request tagged {@code commandTag} (see
	 * {@link MongoCommandCounter}).
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> execute(String document, Map<String, Object> variables, String commandTag) {
		String body = json.writeValueAsString(Map.of("query", document, "variables", variables));
		HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (commandTag != null) {
			builder.header(MongoCommandCounter.HEADER, commandTag);
		}
		HttpRequest request = builder.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("POST /graphql failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		Map<String, Object> result = json.readValue(response.body(), Map.class);
		if (response.statusCode() != 200 || result.get("errors") != null) {
			throw new IllegalStateException("GraphQL request failed (" + response.statusCode() + "): " + response.body());
		}
		Map<String, Object> data = (Map<String, Object>) result.get("data");
		data.values().forEach(GraphQlHttpClient::requireNoUserErrors);
		return data;
	}

	@SuppressWarnings("unchecked")
	private static void requireNoUserErrors(Object payload) {
		if (payload instanceof Map<?, ?> map && map.get("userErrors") instanceof List<?> errors && !errors.isEmpty()) {
			throw new IllegalStateException("User errors: " + errors);
		}
	}

}
