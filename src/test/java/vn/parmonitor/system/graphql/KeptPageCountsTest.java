package vn.parmonitor.system.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.parmonitor.MutableClock;
import vn.parmonitor.system.graphql.RowStore.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts kept between pages, on a real MongoDB-wire server: a count serves until its collection changes (a write
 * through any replica), or until it is older than the limit; the pages are those a count per page gives.
 */
class KeptPageCountsTest {

	final RowStore rows = new RowStore();

	final MongoTemplate mongo = rows.mongo;

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));

	final KeptPageCounts replica = new KeptPageCounts(mongo, Optional.of(clock));

	final KeptPageCounts otherReplica = new KeptPageCounts(mongo, Optional.of(clock));

	@AfterEach
	void stop() {
		rows.close();
	}

	@Test
	void aKeptCountServesUntilTheCollectionChanges() {
		assertThat(total(replica, "a")).isEqualTo(23);
		// Written behind the counts' back: the kept count is what answers, so it is not counted again.
		mongo.insert(new Row("a-24", "a"));
		assertThat(total(replica, "a")).as("kept: no count ran").isEqualTo(23);

		replica.changed(Row.class);
		assertThat(total(replica, "a")).as("counted again after the change").isEqualTo(24);
	}

	@Test
	void aChangeThroughAnotherReplicaIsSeenOnTheNextPage() {
		assertThat(total(replica, "a")).isEqualTo(23);
		mongo.insert(new Row("a-24", "a"));
		otherReplica.changed(Row.class);
		assertThat(total(replica, "a")).isEqualTo(24);
	}

	@Test
	void aCountOlderThanTheLimitIsCountedAgainWithoutAChange() {
		assertThat(total(replica, "a")).isEqualTo(23);
		mongo.insert(new Row("a-24", "a"));
		clock.move(KeptPageCounts.MAX_AGE.minusSeconds(1));
		assertThat(total(replica, "a")).as("within the limit").isEqualTo(23);
		clock.move(Duration.ofSeconds(2));
		assertThat(total(replica, "a")).as("past the limit (a writer that died before its change)").isEqualTo(24);
	}

	@Test
	void eachFilterKeepsItsOwnCount() {
		assertThat(total(replica, "a")).isEqualTo(23);
		assertThat(total(replica, "b")).isEqualTo(4);
		assertThat(total(replica, "a")).isEqualTo(23);
	}

	@Test
	void pagesWithAKeptCountAreThePagesACountGives() {
		for (PageRequest request : new PageRequest[] { new PageRequest(5, null, null, null),
				new PageRequest(5, PageRequest.cursor(19), null, null), new PageRequest(null, null, 3, null),
				new PageRequest(5, PageRequest.cursor(30), null, null) }) {
			PagedConnection<Row> counted = Pages.find(mongo, group("a"), Sort.by("_id"), request, Row.class);
			replica.find(group("a"), Sort.by("_id"), request, Row.class); // keeps the count
			PagedConnection<Row> kept = replica.find(group("a"), Sort.by("_id"), request, Row.class);
			assertThat(kept).as("page %s", request).isEqualTo(counted);
		}
		assertThat(replica.find(group("a"), Sort.by("_id"), new PageRequest(null, null, 3, null), Row.class).nodes())
			.extracting(Row::id)
			.containsExactly("a-21", "a-22", "a-23");
	}

	private static long total(KeptPageCounts counts, String group) {
		return counts.find(group(group), Sort.by("_id"), new PageRequest(5, null, null, null), Row.class).totalCount();
	}

	private static Query group(String group) {
		return Query.query(Criteria.where("group").is(group));
	}

}
