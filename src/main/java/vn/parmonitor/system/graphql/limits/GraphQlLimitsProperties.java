package vn.parmonitor.system.graphql.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask and take (README, "Limits").
 *
 * @param maxQueryDepth deepest nesting of fields
 * @param maxQueryCost the budget of one request in cost units (see {@link QueryCostAnalysis})
 * @param maxAliases aliased fields per request
 * @param maxRootFields fields at the top of an operation
 * @param timeout how long an execution may run before it is cancelled
 * @param maxRequestSize largest request body (a POST) or query string (a GET)
 * @param maxResponseSize largest response body; a larger result is replaced by an error
 * @param heavyQueryCost from this cost on, a query is heavy: it runs in the heavy lane
 * @param maxConcurrentHeavyQueries heavy queries the replica runs at once (default: half the processors, at least
 *     one), so that heavy queries cannot take every core from the cheap ones
 * @param maxTextLength longest string one argument or variable value may hold
 */
@ConfigurationProperties("par.graphql")
public record GraphQlLimitsProperties(int maxQueryDepth, long maxQueryCost, int maxAliases, int maxRootFields,
		Duration timeout, DataSize maxRequestSize, DataSize maxResponseSize, long heavyQueryCost,
		int maxConcurrentHeavyQueries, int maxTextLength) {

	public GraphQlLimitsProperties {
		maxQueryDepth = maxQueryDepth <= 0 ? 15 : maxQueryDepth;
		maxQueryCost = maxQueryCost <= 0 ? 150_000 : maxQueryCost;
		maxAliases = maxAliases <= 0 ? 30 : maxAliases;
		maxRootFields = maxRootFields <= 0 ? 20 : maxRootFields;
		timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(10) : timeout;
		maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(2) : maxRequestSize;
		maxResponseSize = maxResponseSize == null ? DataSize.ofMegabytes(8) : maxResponseSize;
		heavyQueryCost = heavyQueryCost <= 0 ? 20_000 : heavyQueryCost;
		maxConcurrentHeavyQueries = maxConcurrentHeavyQueries <= 0
				? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : maxConcurrentHeavyQueries;
		maxTextLength = maxTextLength <= 0 ? 10_000 : maxTextLength;
	}

}
