package vn.parmonitor.system.graphql.limits;

import java.util.Set;

/**
 * What one GraphQL operation asks of the server, measured on its document before validation and execution.
 *
 * @param cost the query cost: every object the operation may resolve, each list and connection multiplied by the
 *     number of items it may return (see {@link QueryCostAnalysis})
 * @param aliases fields given an alias ({@code a: ranking(...)})
 * @param rootFields fields selected at the top of the operation, fragments included
 * @param depth the deepest nesting of fields
 * @param rootFieldNames the distinct names of the top-level fields
 */
public record QueryShape(long cost, int aliases, int rootFields, int depth, Set<String> rootFieldNames) {

	public QueryShape {
		rootFieldNames = Set.copyOf(rootFieldNames);
	}

}
