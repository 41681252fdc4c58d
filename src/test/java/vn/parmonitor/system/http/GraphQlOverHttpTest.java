package vn.parmonitor.system.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * GraphQL over HTTP as a client meets it: every refusal is a GraphQL-shaped body with a status and a message that
 * says what to fix; queries work over GET, changes do not.
 */
@ParMonitorIntegrationTest
class GraphQlOverHttpTest {

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	@LocalServerPort
	int port;

	RawHttp http;

	@BeforeEach
	void connect() {
		http = new RawHttp(port);
	}

	@Test
	void aQueryIsAnsweredOverPostInTheMediaTypeAskedForWithItsCost() {
		var json = http.graphQl("{ unit(code: \"20\") { name } }");
		assertThat(json.status()).isEqualTo(200);
		assertThat(json.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(json.json().at("/data/unit/name").asString()).isEqualTo("Tỉnh Lạng Sơn");
		assertThat(json.json().at("/extensions/cost/requestedQueryCost").asLong()).isEqualTo(1);
		assertThat(json.json().at("/extensions/cost/maximumQueryCost").asLong()).isEqualTo(150_000);
		var graphQlResponse = http.graphQl("{ unit(code: \"20\") { name } }", "Accept", GRAPHQL_RESPONSE);
		assertThat(graphQlResponse.status()).isEqualTo(200);
		assertThat(graphQlResponse.header("Content-Type")).isEqualTo(GRAPHQL_RESPONSE + ";charset=UTF-8");
		assertThat(http.graphQl("{ __typename }", "Accept", "*/*").header("Content-Type")).startsWith("application/json");
	}

	@Test
	void aQueryIsAnsweredOverGetAndAMutationOverGetIsRefused() {
		var query = http.get("/graphql?query=" + encode("query Name($code: String!) { unit(code: $code) { name } }")
				+ "&variables=" + encode("{\"code\": \"184\"}") + "&operationName=Name");
		assertThat(query.status()).isEqualTo(200);
		assertThat(query.json().at("/data/unit/name").asString()).isEqualTo("Huyện Văn Quan");
		var mutation = http.get("/graphql?query=" + encode("mutation { evaluateTargets { run { key } } }"),
				"Accept", GRAPHQL_RESPONSE);
		assertThat(mutation.status()).isEqualTo(405);
		assertThat(mutation.header("Allow")).isEqualTo("POST");
		assertThat(mutation.firstError()).isEqualTo(
				"mutations cannot be sent over GET, which may only read: send it as a POST with a JSON body");
		var noQuery = http.get("/graphql");
		assertThat(noQuery.status()).isEqualTo(400);
		assertThat(noQuery.firstError()).startsWith("a GET request needs the parameter 'query'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH" })
	void otherMethodsAreRefusedWith405NamingTheAllowedOnes(String method) {
		var response = http.send(method, "/graphql", HttpRequest.BodyPublishers.ofString("{}"), "Content-Type",
				"application/json");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Allow")).isEqualTo("GET, POST");
		assertThat(response.firstError()).startsWith(method + " is not a GraphQL-over-HTTP method");
		assertThat(response.firstErrorExtension("code")).isEqualTo("METHOD_NOT_ALLOWED");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "text/plain|Content-Type 'text/plain' is not accepted: send the body as application/json",
			"application/json; charset=ISO-8859-1|charset 'ISO-8859-1' is not accepted: send the body in UTF-8",
			"application/x-www-form-urlencoded|Content-Type 'application/x-www-form-urlencoded' is not accepted: send the body as application/json" })
	void aBodyThatIsNotJsonIsRefusedWith415(String contentType, String message) {
		var response = http.post("/graphql", contentType, "{\"query\": \"{ __typename }\"}");
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.header("Accept-Post")).isEqualTo("application/json");
		assertThat(response.firstError()).isEqualTo(message);
		var none = http.send(http.request("/graphql").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(none.status()).isEqualTo(415);
		assertThat(none.firstError()).isEqualTo(
				"the request has no Content-Type: send the body as 'Content-Type: application/json'");
	}

	static Stream<Arguments> malformedBodies() {
		String example = "{\"query\": \"{ __typename }\"}";
		return Stream.of(
				arguments("null", "the request body must be a JSON object such as " + example + ", not null"),
				arguments("[1, 2]", "the request body must be a JSON object such as " + example + ", not an array"),
				arguments("42", "the request body must be a JSON object such as " + example + ", not a number"),
				arguments("{}", "the request has no 'query': give the GraphQL document as a string"),
				arguments("{\"qeury\": \"{ __typename }\"}", "the request has no 'query': give the GraphQL document as a string"),
				arguments("{\"query\": 7}", "'query' must be a string holding the GraphQL document, not a number"),
				arguments("{\"query\": \"  \"}", "'query' is empty: give the GraphQL document, e.g. \"{ __typename }\""),
				arguments("{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
						"'variables' must be a JSON object (or null), not a string"),
				arguments("{\"query\": \"{ __typename }\", \"variables\": [1]}",
						"'variables' must be a JSON object (or null), not an array"),
				arguments("{\"query\": \"{ __typename }\", \"operationName\": {}}",
						"'operationName' must be a string naming an operation of the document, not an object"),
				arguments("{\"query\": \"{ __typename }\", \"extensions\": false}",
						"'extensions' must be a JSON object (or null), not a boolean"));
	}

	@ParameterizedTest
	@MethodSource("malformedBodies")
	void aBodyThatIsNotAGraphQlRequestIsABadRequestWhateverTheAcceptHeader(String body, String message) {
		for (String accept : new String[] { "application/json", GRAPHQL_RESPONSE }) {
			var response = http.post("/graphql", "application/json", body, "Accept", accept);
			assertThat(response.status()).as(accept).isEqualTo(400);
			assertThat(response.firstError()).isEqualTo(message);
			assertThat(response.firstErrorExtension("code")).isEqualTo("MALFORMED_REQUEST");
			assertThat(response.json().has("data")).isFalse();
		}
		var notJson = http.post("/graphql", "application/json", "{ \"not a JSON");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.firstError()).startsWith("the request body is not valid JSON");
	}

	@Test
	void nullParametersAreAllowed() {
		var response = http.post("/graphql", "application/json",
				"{\"query\": \"{ __typename }\", \"variables\": null, \"operationName\": null, \"extensions\": null}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().has("errors")).isFalse();
	}

	@Test
	void anUnparsableQueryIsABadRequestWhateverTheAcceptHeader() {
		for (String accept : new String[] { "application/json", GRAPHQL_RESPONSE, "*/*" }) {
			var response = http.graphQl("{ unit(code: ", "Accept", accept);
			assertThat(response.status()).as(accept).isEqualTo(400);
			assertThat(response.firstErrorExtension("classification")).isEqualTo("InvalidSyntax");
		}
		assertThat(http.get("/graphql?query=" + encode("{ unit(")).status()).isEqualTo(400);
	}

	@Test
	void aQueryThatDoesNotValidateIs400UnderTheGraphQlMediaTypeAnd200ForLegacyJsonClients() {
		assertThat(http.graphQl("{ noSuchField }", "Accept", GRAPHQL_RESPONSE).status()).isEqualTo(400);
		var legacy = http.graphQl("{ noSuchField }", "Accept", "application/json");
		assertThat(legacy.status()).isEqualTo(200);
		assertThat(legacy.firstError()).contains("Field 'noSuchField' in type 'Query' is undefined");
	}

	@Test
	void anAcceptHeaderAdmittingNeitherJsonTypeIsRefusedWith406() {
		var response = http.graphQl("{ __typename }", "Accept", "text/html");
		assertThat(response.status()).isEqualTo(406);
		assertThat(response.firstError()).isEqualTo("the Accept header 'text/html' admits neither "
				+ "application/graphql-response+json nor application/json: accept application/json or "
				+ "application/graphql-response+json");
	}

	@Test
	void aBodyOverTheSizeLimitIsRefusedWith413BeforeItIsRead() throws Exception {
		// A 50 MB body announced by its Content-Length is answered before a byte of it is sent.
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 52428800\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String answer = readResponse(socket.getInputStream());
			assertThat(answer).startsWith("HTTP/1.1 413");
			assertThat(answer).contains("\"message\":\"the request (52428800 bytes) is larger than the limit of 2097152 "
					+ "bytes (par.graphql.max-request-size): send less at once\"");
		}
		// Without a length (chunked), the server reads no further than the limit.
		InputStream overLimit = new ByteArrayInputStream(new byte[2 * 1024 * 1024 + 16]);
		var streamed = http.send(http.request("/graphql", "Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> overLimit)));
		assertThat(streamed.status()).isEqualTo(413);
		assertThat(streamed.firstErrorExtension("limitBytes")).isEqualTo("2097152");
	}

	/** The status line, headers and body of one response, read up to the end of its body (not of the connection). */
	private static String readResponse(InputStream in) throws java.io.IOException {
		java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
		int headersEnd = -1;
		int length = -1;
		while (headersEnd < 0 || read.size() < headersEnd + length) {
			int next = in.read();
			if (next < 0) {
				break;
			}
			read.write(next);
			String text = read.toString(StandardCharsets.ISO_8859_1);
			if (headersEnd < 0 && text.endsWith("\r\n\r\n")) {
				headersEnd = text.length();
				var matcher = java.util.regex.Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
				length = matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
			}
		}
		return read.toString(StandardCharsets.UTF_8);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
