package vn.parmonitor.system.graphql.limits;

import java.util.Locale;

/**
 * Why a request was refused or cut short: the {@code reason} label of {@code par_graphql_refusals_total} and the
 * {@code code} in the error's extensions. A closed set, so the metric's cardinality is fixed.
 */
public enum RefusalReason {

	/** The request body or query string is larger than {@code par.graphql.max-request-size} (413). */
	REQUEST_TOO_LARGE,
	/** Not a GraphQL-over-HTTP request: not JSON, not an object, no query, parameters of the wrong type (400). */
	MALFORMED_REQUEST,
	/** A method other than GET and POST, or a mutation over GET (405). */
	METHOD_NOT_ALLOWED,
	/** A POST whose body is not {@code application/json} (415). */
	UNSUPPORTED_MEDIA_TYPE,
	/** An {@code Accept} header that admits neither JSON media type (406). */
	NOT_ACCEPTABLE,
	/** An unknown or malformed API token (401). */
	INVALID_TOKEN,
	/** A browser request from an origin that CORS does not allow (403). */
	ORIGIN_NOT_ALLOWED,
	/** The server is still loading its start-up data (503). */
	NOT_READY,
	/** More requests per minute than the client's rate allows (429). */
	RATE_LIMITED,
	/** More requests at once than a client may have in flight (429). */
	TOO_MANY_CONCURRENT,
	/** More expensive operations (evaluations) per minute than a client may start (429). */
	EXPENSIVE_RATE_LIMITED,
	/** A heavy query while the heavy lane is full (429). */
	HEAVY_LANE_FULL,
	/** The query's cost exceeds the budget of one request. */
	QUERY_TOO_COSTLY,
	/** More aliased fields than one request may hold. */
	TOO_MANY_ALIASES,
	/** More top-level fields than one request may hold. */
	TOO_MANY_ROOT_FIELDS,
	/** Fields nested deeper than allowed. */
	QUERY_TOO_DEEP,
	/** A string argument or variable value longer than {@code par.graphql.max-text-length}. */
	TEXT_TOO_LONG,
	/** The execution ran longer than {@code par.graphql.timeout} and was cancelled. */
	TIMEOUT,
	/** The response would be larger than {@code par.graphql.max-response-size}. */
	RESPONSE_TOO_LARGE;

	/** The metric label: {@code query_too_costly}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
