package vn.parmonitor.system.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The two ways a connection's page is read: from MongoDB (count, then skip and limit), or from a list in memory. */
public final class Pages {

	private Pages() {
	}

	/**
	 * One page of the documents matching {@code query} in {@code sort} order: a count and, unless the page is empty,
	 * one find. The sort must end on a unique field so that pages never overlap. A page read forward does not need
	 * the count to know where it starts, so the count runs beside the find (see {@link PageCounts}) instead of before
	 * it: on a large collection the two cost about the same, and the page arrives in the time of one.
	 */
	public static <T> PagedConnection<T> find(MongoTemplate mongo, Query query, Sort sort, PageRequest page,
			Class<T> type) {
		if (!page.forward()) {
			return find(mongo, query, sort, page, type, mongo.count(query, type));
		}
		Query counted = Query.of(query);
		CompletableFuture<Long> total = PageCounts.count(() -> mongo.count(counted, type));
		PageRequest.Window start = page.forwardWindow();
		List<T> found = start.limit() == 0 ? List.of()
				: mongo.find(query.with(sort).skip(start.offset()).limit(start.limit()), type);
		return PagedConnection.of(found, page.window(PageCounts.join(total)));
	}

	/**
	 * One page of the documents matching {@code query} in {@code sort} order when their number is already known
	 * (counted first, or kept by {@link KeptPageCounts}): one find unless the page is empty.
	 */
	static <T> PagedConnection<T> find(MongoTemplate mongo, Query query, Sort sort, PageRequest page, Class<T> type,
			long knownTotal) {
		PageRequest.Window window = page.window(knownTotal);
		if (window.limit() == 0) {
			return PagedConnection.of(List.of(), window);
		}
		return PagedConnection.of(mongo.find(query.with(sort).skip(window.offset()).limit(window.limit()), type), window);
	}

	/**
	 * Every item of a paged listing, read page by page of the largest size (exports and jobs that need the whole
	 * listing, through the same query the API pages).
	 */
	public static <T> List<T> all(java.util.function.Function<PageRequest, PagedConnection<T>> listing) {
		List<T> all = new java.util.ArrayList<>();
		String after = null;
		do {
			PagedConnection<T> page = listing.apply(new PageRequest(PageRequest.MAX_PAGE_SIZE, after, null, null));
			all.addAll(page.nodes());
			after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
		}
		while (after != null);
		return all;
	}

	/** One page of a list already in memory (a unit's children, a ranking). */
	public static <T> PagedConnection<T> slice(List<T> all, PageRequest page) {
		PageRequest.Window window = page.window(all.size());
		int from = (int) Math.min(window.offset(), all.size());
		return PagedConnection.of(all.subList(from, Math.min(all.size(), from + window.limit())), window);
	}

}
