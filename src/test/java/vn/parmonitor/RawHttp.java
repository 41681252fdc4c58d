package vn.parmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP to the server under test, for what a GraphQL tester hides: status codes, headers, bodies that are not
 * GraphQL responses, methods other than POST.
 */
public final class RawHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String base;

	public RawHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Response post(String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	/** A GraphQL POST of {@code {"query": query}} as JSON. */
	public Response graphQl(String query, String... headers) {
		return post("/graphql", "application/json", JSON.writeValueAsString(Map.of("query", query)), headers);
	}

	public Response get(String pathAndQuery, String... headers) {
		return send(request(pathAndQuery, headers).GET());
	}

	public Response send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
		return send(request(path, headers).method(method, body));
	}

	public Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	/** A response with its body read as JSON when it is JSON. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String body() {
			return raw.body();
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		/** The message of the first GraphQL error. */
		public String firstError() {
			return json().get("errors").get(0).get("message").asString();
		}

		/** An extension of the first GraphQL error, as text. */
		public String firstErrorExtension(String name) {
			JsonNode value = json().get("errors").get(0).get("extensions").get(name);
			return value == null ? null : value.isString() ? value.asString() : value.toString();
		}

	}

}
