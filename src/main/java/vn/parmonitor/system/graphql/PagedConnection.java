package vn.parmonitor.system.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection with a total count. The class name ends in {@code Connection}, so Spring for GraphQL's
 * connection adapter passes it through unchanged.
 *
 * @param <T> the node type
 */
public record PagedConnection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/**
	 * The connection of {@code items}, read at {@code window}; {@code hasNextPage} uses the total when known,
	 * otherwise one item read beyond the window ({@code items} may then hold {@code limit + 1} items).
	 */
	public static <T> PagedConnection<T> of(List<T> items, PageRequest.Window window) {
		boolean hasNext = window.totalCount() >= 0 ? window.offset() + Math.min(items.size(), window.limit()) < window.totalCount()
				: items.size() > window.limit();
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < Math.min(items.size(), window.limit()); i++) {
			edges.add(new Edge<>(items.get(i), PageRequest.cursor(window.offset() + i)));
		}
		PageInfo pageInfo = new PageInfo(window.offset() > 0, hasNext,
				edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new PagedConnection<>(edges, pageInfo, window.totalCount());
	}

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

	/** The same page with each node replaced by {@code mapping}'s result, cursors unchanged. */
	public <R> PagedConnection<R> map(java.util.function.Function<T, R> mapping) {
		return new PagedConnection<>(edges.stream().map(edge -> new Edge<>(mapping.apply(edge.node()), edge.cursor())).toList(),
				pageInfo, totalCount);
	}

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
	}

}
