package vn.parmonitor.system.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.context.ContextRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.parmonitor.system.graphql.RowStore.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages read from a real MongoDB-wire server: forward pages (count beside the find) and backward ones agree. */
class PagesTest {

	static final ThreadLocal<String> REQUEST = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(PagesTest.class.getName(), REQUEST::get, REQUEST::set,
				REQUEST::remove);
	}

	final RowStore rows = new RowStore();

	final MongoTemplate mongo = rows.mongo;

	@AfterEach
	void stop() {
		rows.close();
	}

	@Test
	void forwardPagesCoverEveryMatchOnceWithItsTotal() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		PagedConnection<Row> page;
		do {
			page = Pages.find(mongo, groupA(), Sort.by("_id"), new PageRequest(5, after, null, null), Row.class);
			assertThat(page.totalCount()).as("total on page %d", pages + 1).isEqualTo(23);
			page.nodes().forEach(row -> seen.add(row.id()));
			after = page.pageInfo().endCursor();
			pages++;
		}
		while (page.pageInfo().hasNextPage());
		assertThat(pages).isEqualTo(5);
		assertThat(seen).hasSize(23).doesNotHaveDuplicates().allMatch(id -> id.startsWith("a-")).isSorted();
		assertThat(page.nodes()).extracting(Row::id).containsExactly("a-21", "a-22", "a-23");
	}

	@Test
	void aPagePastTheEndIsEmptyAndSaysNothingFollows() {
		PagedConnection<Row> page = Pages.find(mongo, groupA(), Sort.by("_id"),
				new PageRequest(5, PageRequest.cursor(30), null, null), Row.class);
		assertThat(page.nodes()).isEmpty();
		assertThat(page.totalCount()).isEqualTo(23);
		assertThat(page.pageInfo().hasNextPage()).isFalse();
	}

	@Test
	void theLastPageNeedsTheTotalFirstAndGetsIt() {
		PagedConnection<Row> page = Pages.find(mongo, groupA(), Sort.by("_id"), new PageRequest(null, null, 3, null),
				Row.class);
		assertThat(page.nodes()).extracting(Row::id).containsExactly("a-21", "a-22", "a-23");
		assertThat(page.pageInfo().hasPreviousPage()).isTrue();
		assertThat(page.pageInfo().hasNextPage()).isFalse();
	}

	@Test
	void theCountSeesTheRequestsContext() {
		REQUEST.set("request-7");
		try {
			CompletableFuture<Long> seen = PageCounts.count(() -> "request-7".equals(REQUEST.get()) ? 1L : 0L);
			assertThat(PageCounts.join(seen)).as("the request's context in the count").isEqualTo(1L);
		}
		finally {
			REQUEST.remove();
		}
	}

	@Test
	void aFailedCountReachesTheRequestAsItWasThrown() {
		CompletableFuture<Long> failed = PageCounts.count(() -> {
			throw new IllegalStateException("store unavailable");
		});
		assertThatThrownBy(() -> PageCounts.join(failed)).isExactlyInstanceOf(IllegalStateException.class)
			.hasMessage("store unavailable");
	}

	private static Query groupA() {
		return Query.query(Criteria.where("group").is("a"));
	}

}
