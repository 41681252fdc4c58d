package vn.parmonitor.system.graphql.limits;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request the server will not serve, and what to tell the client: one message that says what to change, the
 * {@link RefusalReason} as {@code extensions.code}, the numbers behind it, and how long to wait when waiting helps.
 * Thrown by the HTTP endpoint and by the GraphQL limits alike, so that every refusal reads the same.
 */
public class Refusal extends RuntimeException {

	private final RefusalReason reason;

	private final int status;

	private final Map<String, Object> details;

	private final Duration retryAfter;

	public Refusal(RefusalReason reason, int status, String message, Map<String, ?> details, Duration retryAfter) {
		super(message, null, false, false);
		this.reason = reason;
		this.status = status;
		this.details = details == null ? Map.of() : Map.copyOf(details);
		this.retryAfter = retryAfter;
	}

	public Refusal(RefusalReason reason, int status, String message) {
		this(reason, status, message, Map.of(), null);
	}

	public RefusalReason reason() {
		return reason;
	}

	/** The HTTP status it is answered with when the HTTP layer answers it. */
	public int status() {
		return status;
	}

	/** Seconds to wait before trying again; null when waiting does not help. */
	public Duration retryAfter() {
		return retryAfter;
	}

	/** The seconds of {@link #retryAfter()}, rounded up, at least 1. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	/** {@code extensions} of the error: classification, code, the details, retryAfterSeconds. */
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", classification().toString());
		extensions.put("code", reason.name());
		extensions.putAll(details);
		if (retryAfter != null) {
			extensions.put("retryAfterSeconds", retryAfterSeconds());
		}
		return extensions;
	}

	/** The error in a GraphQL response. */
	public GraphQLError toGraphQlError() {
		Map<String, Object> extensions = extensions();
		extensions.remove("classification");
		return GraphqlErrorBuilder.newError().message(getMessage()).errorType(classification()).extensions(extensions)
			.build();
	}

	private ErrorClassification classification() {
		return switch (status) {
			case 401 -> ErrorType.UNAUTHORIZED;
			case 403 -> ErrorType.FORBIDDEN;
			case 429 -> RetryLater.TOO_MANY_REQUESTS;
			case 503 -> RetryLater.UNAVAILABLE;
			default -> ErrorType.BAD_REQUEST;
		};
	}

	/** Classifications that Spring's {@link ErrorType} lacks. */
	enum RetryLater implements ErrorClassification {
		/** Wait {@code retryAfterSeconds} and try again. */
		TOO_MANY_REQUESTS,
		/** The server cannot serve now; try again later. */
		UNAVAILABLE
	}

}
