package vn.parmonitor.system.http;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import vn.parmonitor.system.graphql.limits.GraphQlLimitsProperties;
import vn.parmonitor.system.graphql.limits.QueryShape;
import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalMetrics;
import vn.parmonitor.system.graphql.limits.RefusalReason;

/**
 * Writes GraphQL responses and refusals, always as a GraphQL-shaped JSON body in UTF-8.
 *
 * <p>Status codes (GraphQL over HTTP): 200 for a response with data; a request that could not be parsed (JSON or
 * GraphQL syntax) is 400 whichever media type was asked for; any other response without data (validation, limits,
 * cancellation) is 400 under {@code application/graphql-response+json} and 200 under {@code application/json}, as
 * the specification asks of legacy clients; a rate refusal is 429 with {@code Retry-After}. Every response reports
 * its query cost in {@code extensions.cost}. A body larger than {@code par.graphql.max-response-size} is replaced by
 * an error before anything is sent.
 */
final class GraphQlResponseWriter {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final List<MediaType> PRODUCED = List.of(GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON);

	private final JsonMapper json;

	private final GraphQlLimitsProperties limits;

	private final RefusalMetrics metrics;

	GraphQlResponseWriter(JsonMapper json, GraphQlLimitsProperties limits, RefusalMetrics metrics) {
		this.json = json;
		this.limits = limits;
		this.metrics = metrics;
	}

	/**
	 * The media type to answer in: the first of the client's {@code Accept} (by quality) that is one of the two JSON
	 * types; {@code application/json} when it sends none or accepts anything.
	 * @throws Refusal (406) when it accepts neither
	 */
	static MediaType select(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			throw notAcceptable("the Accept header '" + request.headers().firstHeader(HttpHeaders.ACCEPT)
					+ "' is not a list of media types");
		}
		if (accepted.isEmpty()) {
			return MediaType.APPLICATION_JSON;
		}
		accepted = new ArrayList<>(accepted);
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType candidate : accepted) {
			if (candidate.getQualityValue() == 0) {
				continue;
			}
			for (MediaType produced : PRODUCED) {
				if (candidate.equalsTypeAndSubtype(produced)) {
					return produced;
				}
			}
			if (candidate.isWildcardType() || candidate.includes(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
		}
		throw notAcceptable("the Accept header '" + request.headers().firstHeader(HttpHeaders.ACCEPT)
				+ "' admits neither application/graphql-response+json nor application/json");
	}

	ServerResponse write(WebGraphQlResponse response, MediaType type) {
		Map<String, Object> result = new LinkedHashMap<>(response.toMap());
		QueryShape shape = response.getExecutionInput().getGraphQLContext().get(QueryShape.class);
		if (shape != null) {
			Map<String, Object> extensions = new LinkedHashMap<>();
			if (result.get("extensions") instanceof Map<?, ?> existing) {
				existing.forEach((key, value) -> extensions.put(String.valueOf(key), value));
			}
			extensions.put("cost", Map.of("requestedQueryCost", shape.cost(), "maximumQueryCost",
					limits.maxQueryCost()));
			result.put("extensions", extensions);
		}
		if (rateLimited(response.getErrors())) {
			return ServerResponse.status(429).header(HttpHeaders.RETRY_AFTER, retryAfter(response.getErrors()))
				.contentType(utf8(type)).body(serialize(result, type).bytes);
		}
		boolean dataPresent = response.getExecutionResult().isDataPresent();
		Body body = serialize(result, type);
		if (body.tooLarge) {
			dataPresent = false;
		}
		int status = dataPresent ? 200
				: syntaxError(response.getErrors()) || type.equals(GRAPHQL_RESPONSE) ? 400 : 200;
		return ServerResponse.status(status).contentType(utf8(type)).body(body.bytes);
	}

	/** A refusal as a GraphQL-shaped body with its status and headers. */
	ServerResponse refuse(Refusal refusal, MediaType type) {
		metrics.refused(refusal.reason());
		ServerResponse.BodyBuilder builder = ServerResponse.status(refusal.status()).contentType(utf8(type));
		if (refusal.retryAfter() != null) {
			builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
		}
		if (refusal.reason() == RefusalReason.METHOD_NOT_ALLOWED) {
			builder.header(HttpHeaders.ALLOW, String.valueOf(refusal.extensions().getOrDefault("allow", "POST")));
		}
		if (refusal.reason() == RefusalReason.UNSUPPORTED_MEDIA_TYPE) {
			builder.header("Accept-Post", MediaType.APPLICATION_JSON_VALUE);
		}
		if (refusal.reason() == RefusalReason.REQUEST_TOO_LARGE) {
			// The rest of the body is not wanted: close rather than wait for it to be swallowed.
			builder.header(HttpHeaders.CONNECTION, "close");
		}
		return builder.body(errorBody(refusal));
	}

	private byte[] errorBody(Refusal refusal) {
		return RefusalBodies.body(json, refusal);
	}

	/** A failure of the server itself: 500, with the id under which it is logged. */
	ServerResponse internalError(String requestId, MediaType type) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", "the server failed to answer this request (request id " + requestId
				+ "); the failure is logged");
		error.put("extensions", Map.of("classification", "INTERNAL_ERROR", "requestId", requestId));
		byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(error)));
		return ServerResponse.status(500).contentType(utf8(type)).body(body);
	}

	private Body serialize(Map<String, Object> result, MediaType type) {
		long limit = limits.maxResponseSize().toBytes();
		BoundedBuffer buffer = new BoundedBuffer(limit);
		try {
			json.writeValue(buffer, result);
			return new Body(buffer.toByteArray(), false);
		}
		catch (RuntimeException ex) {
			if (!buffer.exceeded) {
				throw ex;
			}
			Refusal refusal = new Refusal(RefusalReason.RESPONSE_TOO_LARGE, 400, "the response is larger than the limit of "
					+ limit + " bytes (par.graphql.max-response-size): ask for smaller pages (first:) or fewer fields",
					Map.of("limitBytes", limit), null);
			metrics.refused(refusal.reason());
			return new Body(errorBody(refusal), true);
		}
	}

	/**
	 * Whether the GraphQL limits refused the request for now (answered 429): an expensive operation over the client's
	 * rate, or a heavy query while the heavy lane is full.
	 */
	private static boolean rateLimited(List<ResponseError> errors) {
		return errors.stream()
			.map(error -> error.getExtensions().get("code"))
			.anyMatch(code -> RefusalReason.EXPENSIVE_RATE_LIMITED.name().equals(code)
					|| RefusalReason.HEAVY_LANE_FULL.name().equals(code));
	}

	private static String retryAfter(List<ResponseError> errors) {
		return errors.stream()
			.map(error -> error.getExtensions().get("retryAfterSeconds"))
			.filter(seconds -> seconds != null)
			.map(String::valueOf)
			.findFirst()
			.orElse("1");
	}

	private static boolean syntaxError(List<ResponseError> errors) {
		return errors.stream().anyMatch(error -> error.getErrorType() == graphql.ErrorType.InvalidSyntax);
	}

	private static MediaType utf8(MediaType type) {
		return new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Refusal notAcceptable(String message) {
		return new Refusal(RefusalReason.NOT_ACCEPTABLE, 406, message + ": accept application/json or "
				+ "application/graphql-response+json", Map.of("produces", "application/graphql-response+json, application/json"),
				null);
	}

	private record Body(byte[] bytes, boolean tooLarge) {
	}

	/** Collects the body in memory and gives up as soon as it passes the limit. */
	private static final class BoundedBuffer extends ByteArrayOutputStream {

		private final long limit;

		boolean exceeded;

		BoundedBuffer(long limit) {
			super(8192);
			this.limit = limit;
		}

		@Override
		public synchronized void write(int b) {
			check(1);
			super.write(b);
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			check(len);
			super.write(b, off, len);
		}

		private void check(int more) {
			if (count + (long) more > limit) {
				exceeded = true;
				throw new UncheckedTooLarge();
			}
		}

	}

	/** Raised inside Jackson's write (Jackson may wrap it: {@link BoundedBuffer#exceeded} tells it apart). */
	private static final class UncheckedTooLarge extends RuntimeException {

		UncheckedTooLarge() {
			super("response too large", null, false, false);
		}

	}

}
