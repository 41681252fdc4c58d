package vn.parmonitor.system.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Pages whose total count is kept between requests until their collection changes, for listings read far more often
 * than written (a plan's targets: read by every board and front end, written when a plan is set). Counting a filter
 * reads every matching document (on the embedded store, every document of the collection), as much as the page
 * itself; kept, a page costs its find and one read by {@code _id}.
 *
 * <p>Each collection has a change token in {@value #COLLECTION}, found by {@code _id} (the collection's name) and
 * replaced by {@link #changed} after every write of the collection, by whichever replica wrote. A page reads the token
 * first; a count kept with another token is counted again. The token is read before the count and replaced after
 * the write, so a count that races a write either sees the write or is kept under a token the write has already
 * replaced. A writer that dies between its write and the new token leaves a count no token marks stale: a count
 * older than {@link #MAX_AGE} is counted again anyway. Tokens are random, not counters, so that a store emptied and
 * filled again (the demo's reset) cannot bring an old token back.
 */
@Component
public class KeptPageCounts {

	static final String COLLECTION = "collection_versions";

	/** How long a count serves without a new token (the bound on a dead writer's missed change). */
	static final Duration MAX_AGE = Duration.ofMinutes(10);

	/** The most counts kept (filters differ by plan, unit, kind...); the least recently read go first. */
	static final int MAX_KEPT = 1_000;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Map<String, KeptCount> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, KeptCount> eldest) {
			return size() > MAX_KEPT;
		}
	});

	KeptPageCounts(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** As {@link Pages#find(MongoTemplate, Query, Sort, PageRequest, Class)}, counting only when the count is not kept. */
	public <T> PagedConnection<T> find(Query query, Sort sort, PageRequest page, Class<T> type) {
		String collection = mongo.getCollectionName(type);
		String key = key(collection, query);
		String token = token(collection);
		KeptCount count = kept.get(key);
		if (count != null && Objects.equals(count.token(), token)
				&& count.countedAt().isAfter(Instant.now(clock).minus(MAX_AGE))) {
			return Pages.find(mongo, query, sort, page, type, count.total());
		}
		Instant countedAt = Instant.now(clock);
		PagedConnection<T> found = Pages.find(mongo, query, sort, page, type);
		kept.put(key, new KeptCount(token, found.totalCount(), countedAt));
		return found;
	}

	/** Marks every count of {@code type}'s collection stale: after each write of it, also one that failed part-way. */
	public void changed(Class<?> type) {
		mongo.upsert(Query.query(Criteria.where("_id").is(mongo.getCollectionName(type))),
				new Update().set("token", new ObjectId().toHexString()), COLLECTION);
	}

	private String token(String collection) {
		Document version = mongo.findById(collection, Document.class, COLLECTION);
		return version == null ? null : version.getString("token");
	}

	/**
	 * The filter's digest: a filter can name thousands of units (a province and every commune below it), and the
	 * digest keeps each kept count small.
	 */
	private static String key(String collection, Query query) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(collection.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(query.getQueryObject().toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record KeptCount(String token, long total, Instant countedAt) {
	}

}
