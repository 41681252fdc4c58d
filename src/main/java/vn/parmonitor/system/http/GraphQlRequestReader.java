package vn.parmonitor.system.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.ServerRequest;

import vn.parmonitor.system.graphql.limits.GraphQlLimitsProperties;
import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalReason;

/**
 * Reads a GraphQL-over-HTTP request: a POST with a JSON object body, or a GET with the parameters in the query
 * string. Anything else is refused with a {@link Refusal} that says what would be accepted, before any of it is
 * parsed as GraphQL: a body over the size limit (413, read no further than the limit), a body that is not JSON or
 * not an object (400), parameters of the wrong type (400), a media type other than JSON (415), another method (405).
 */
final class GraphQlRequestReader {

	/** Floats stay exact decimals, so that a {@code Decimal} variable sent as a JSON number is not rounded. */
	private final JsonMapper json;

	private final DataSize maxRequestSize;

	GraphQlRequestReader(JsonMapper json, GraphQlLimitsProperties limits) {
		this.json = json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		this.maxRequestSize = limits.maxRequestSize();
	}

	GraphQlRequest read(ServerRequest request) {
		String method = request.method().name();
		if (method.equals("POST")) {
			return fromBody(request);
		}
		if (method.equals("GET")) {
			return fromQueryString(request);
		}
		throw new Refusal(RefusalReason.METHOD_NOT_ALLOWED, 405, method
				+ " is not a GraphQL-over-HTTP method: send a POST with a JSON body, or a GET for a query",
				Map.of("allow", "GET, POST"), null);
	}

	private GraphQlRequest fromBody(ServerRequest request) {
		HttpServletRequest servlet = request.servletRequest();
		checkContentType(servlet.getContentType());
		long declared = servlet.getContentLengthLong();
		if (declared > maxRequestSize.toBytes()) {
			throw tooLarge(declared + " bytes");
		}
		byte[] body = readAtMost(servlet);
		if (body.length == 0) {
			throw malformed("the request body is empty: send a JSON object such as {\"query\": \"{ __typename }\"}");
		}
		JsonNode node;
		try {
			node = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw malformed("the request body is not valid JSON (" + ex.getOriginalMessage()
					+ "): send a JSON object such as {\"query\": \"{ __typename }\"}");
		}
		if (node == null || !node.isObject()) {
			throw malformed("the request body must be a JSON object such as {\"query\": \"{ __typename }\"}, not "
					+ describe(node));
		}
		return new DefaultGraphQlRequest(query(node.get("query")), operationName(node.get("operationName")),
				map("variables", node.get("variables")), map("extensions", node.get("extensions")));
	}

	private GraphQlRequest fromQueryString(ServerRequest request) {
		String queryString = request.servletRequest().getQueryString();
		if (queryString != null && queryString.length() > maxRequestSize.toBytes()) {
			throw tooLarge(queryString.length() + " bytes of query string");
		}
		var parameters = request.params();
		String query = parameters.getFirst("query");
		if (query == null) {
			throw malformed("a GET request needs the parameter 'query' holding the GraphQL document, "
					+ "e.g. /graphql?query={__typename}");
		}
		return new DefaultGraphQlRequest(nonBlank(query),
				emptyToNull(parameters.getFirst("operationName")),
				map("variables", parseParameter("variables", parameters.getFirst("variables"))),
				map("extensions", parseParameter("extensions", parameters.getFirst("extensions"))));
	}

	private static void checkContentType(String header) {
		if (header == null || header.isBlank()) {
			throw unsupported("the request has no Content-Type: send the body as 'Content-Type: application/json'");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(header);
		}
		catch (IllegalArgumentException ex) {
			throw unsupported("Content-Type '" + header + "' is not a media type: send 'application/json'");
		}
		if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
			throw unsupported("Content-Type '" + header + "' is not accepted: send the body as application/json");
		}
		String charset = type.getParameter("charset");
		if (charset != null && !charset.replace("\"", "").toLowerCase(Locale.ROOT).equals("utf-8")) {
			throw unsupported("charset '" + charset + "' is not accepted: send the body in UTF-8");
		}
	}

	private byte[] readAtMost(HttpServletRequest servlet) {
		long limit = maxRequestSize.toBytes();
		try (InputStream in = servlet.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (body.length > limit) {
				throw tooLarge("more than " + limit + " bytes");
			}
			return body;
		}
		catch (IOException ex) {
			throw malformed("the request body could not be read: " + ex.getMessage());
		}
	}

	private static String query(JsonNode node) {
		if (node == null || node.isNull()) {
			throw malformed("the request has no 'query': give the GraphQL document as a string");
		}
		if (!node.isString()) {
			throw malformed("'query' must be a string holding the GraphQL document, not " + describe(node));
		}
		return nonBlank(node.asString());
	}

	private static String nonBlank(String query) {
		if (query.isBlank()) {
			throw malformed("'query' is empty: give the GraphQL document, e.g. \"{ __typename }\"");
		}
		return query;
	}

	private static String operationName(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw malformed("'operationName' must be a string naming an operation of the document, not "
					+ describe(node));
		}
		return emptyToNull(node.asString());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(String parameter, JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw malformed("'" + parameter + "' must be a JSON object (or null), not " + describe(node));
		}
		return json.treeToValue(node, Map.class);
	}

	private JsonNode parseParameter(String parameter, String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		try {
			return json.readTree(text);
		}
		catch (JacksonException ex) {
			throw malformed("the parameter '" + parameter + "' is not valid JSON (" + ex.getOriginalMessage() + ")");
		}
	}

	private static String describe(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return "null";
		}
		if (node.isArray()) {
			return "an array";
		}
		if (node.isObject()) {
			return "an object";
		}
		if (node.isNumber()) {
			return "a number";
		}
		if (node.isBoolean()) {
			return "a boolean";
		}
		return "a string";
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private Refusal tooLarge(String size) {
		return new Refusal(RefusalReason.REQUEST_TOO_LARGE, 413, "the request (" + size + ") is larger than the limit of "
				+ maxRequestSize.toBytes() + " bytes (par.graphql.max-request-size): send less at once",
				Map.of("limitBytes", maxRequestSize.toBytes()), null);
	}

	private static Refusal malformed(String message) {
		return new Refusal(RefusalReason.MALFORMED_REQUEST, 400, message);
	}

	private static Refusal unsupported(String message) {
		return new Refusal(RefusalReason.UNSUPPORTED_MEDIA_TYPE, 415, message, Map.of("accepted", "application/json"),
				null);
	}

}
