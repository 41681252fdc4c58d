package vn.parmonitor.system.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store's fast unique indexes ({@link IndexKeyType}) order keys exactly as H2's own type does, so a file
 * written by the stock backend is read by PAR Monitor's and the other way round: nothing found, or a uniqueness
 * missed, would mean the order differs.
 */
class FastIndexStoreTest {

	@TempDir
	Path folder;

	@Test
	void keysAreOrderedExactlyAsH2OrdersThem() {
		Random random = new Random(20261203);
		List<KeyValue> keys = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			keys.add(randomKey(random));
		}
		keys.add(new KeyValue("LS"));
		keys.add(new KeyValue(new String("LS"))); // equal, another instance
		ObjectDataType stock = new ObjectDataType();
		IndexKeyType fast = new IndexKeyType();
		for (int round = 0; round < 2; round++) { // the second round compares remembered forms
			for (KeyValue a : keys) {
				for (KeyValue b : keys) {
					assertThat(Integer.signum(fast.compare(a, b))).as("%s vs %s", a, b)
						.isEqualTo(Integer.signum(stock.compare(a, b)));
				}
			}
		}
	}

	@Test
	void aFileWrittenByTheStockBackendIsReadAndExtendedWithFastIndexesAndReadBackByTheStockOne() {
		String file = folder.resolve("store.mv").toString();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3_000; i++) {
			ids.add("OBS:" + Integer.toString(i * 7919 % 100_000, 36) + ":2023-" + (i % 12 + 1));
		}
		withStore(file, H2Backend::new, observations -> {
			observations.createIndex(Indexes.ascending("openKey"), new IndexOptions().unique(true).sparse(true));
			insert(observations, ids.subList(0, 2_000));
		});
		withStore(file, store -> new DurableH2Backend(store, false, Duration.ofMillis(5)), observations -> {
			assertAllFound(observations, ids.subList(0, 2_000));
			assertThatThrownBy(() -> observations.insertOne(new Document("_id", ids.get(5)))).as("the _id index")
				.isInstanceOf(MongoWriteException.class);
			assertThatThrownBy(() -> observations.insertOne(new Document("_id", "new").append("openKey", "k" + ids.get(7))))
				.as("the unique index").isInstanceOf(MongoWriteException.class);
			insert(observations, ids.subList(2_000, 3_000));
			assertAllFound(observations, ids);
		});
		withStore(file, H2Backend::new, observations -> {
			assertAllFound(observations, ids);
			assertThatThrownBy(() -> observations.insertOne(new Document("_id", ids.get(2_500))))
				.isInstanceOf(MongoWriteException.class);
		});
	}

	/**
	 * A versioned save sends {@code {_id, version}}: the index must take it (the stock one scanned the collection for
	 * it) and the store must still check the version, or an update would win over a newer one.
	 */
	@Test
	void aQueryNamingMoreThanAnIndexsKeysIsServedByTheIndexAndStillCheckedWhole() {
		NarrowingUniqueIndex index = new NarrowingUniqueIndex(new MVStore.Builder().open().openMap("ids"), "_id_",
				List.of(new IndexKey("_id", true)), false);
		assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("_id", "a").append("version", 1))).isTrue();
		assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("_id",
				new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", "b"))).append("state", "OPEN"))).isTrue();
		assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("version", 1))).as("no key of its own").isFalse();
		assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("_id",
				new de.bwaldvogel.mongo.bson.Document("$gt", "a")).append("version", 1))).as("a range").isFalse();

		withStore(folder.resolve("narrow.mv").toString(), store -> new DurableH2Backend(store, false, Duration.ofMillis(5)),
				alerts -> {
					alerts.createIndex(Indexes.ascending("openKey"), new IndexOptions().unique(true).sparse(true));
					alerts.insertMany(List.of(new Document("_id", "a").append("version", 1).append("openKey", "T1"),
							new Document("_id", "b").append("version", 1).append("openKey", "T2")));
					assertThat(alerts.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
							com.mongodb.client.model.Updates.inc("version", 1)).getMatchedCount()).isEqualTo(1);
					assertThat(alerts.updateOne(Filters.and(Filters.eq("_id", "a"), Filters.eq("version", 1)),
							com.mongodb.client.model.Updates.inc("version", 1)).getMatchedCount()).as("a stale version")
						.isZero();
					assertThat(alerts.find(Filters.and(Filters.in("_id", List.of("a", "b")), Filters.eq("version", 2)))
						.map(document -> document.getString("_id")).into(new ArrayList<>())).containsExactly("a");
					assertThat(alerts.find(Filters.and(Filters.eq("openKey", "T2"), Filters.eq("version", 2))).first())
						.isNull();
					assertThat(alerts.find(Filters.and(Filters.eq("openKey", "T2"), Filters.eq("version", 1))).first())
						.isNotNull();
				});
	}

	private static void insert(MongoCollection<Document> observations, List<String> ids) {
		List<Document> documents = new ArrayList<>();
		ids.forEach(id -> documents.add(new Document("_id", id).append("openKey", "k" + id).append("value", new BigDecimal("87.5"))));
		for (int from = 0; from < documents.size(); from += 500) {
			observations.insertMany(documents.subList(from, Math.min(documents.size(), from + 500)));
		}
	}

	private static void assertAllFound(MongoCollection<Document> observations, List<String> ids) {
		int byId = 0;
		for (List<String> chunk : InChunks.of(ids)) {
			byId += observations.find(Filters.in("_id", chunk)).into(new ArrayList<>()).size();
		}
		assertThat(byId).as("found by _id").isEqualTo(ids.size());
		for (int i = 0; i < ids.size(); i += 37) {
			assertThat(observations.find(Filters.eq("openKey", "k" + ids.get(i))).first()).as("found by openKey")
				.isNotNull();
		}
	}

	private static void withStore(String file, Function<MVStore, MongoBackend> backend,
			java.util.function.Consumer<MongoCollection<Document>> work) {
		MVStore store = new MVStore.Builder().fileName(file).open();
		MongoServer server = new MongoServer(backend.apply(store));
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			work.accept(client.getDatabase("par").getCollection("observations"));
		}
		finally {
			server.shutdownNow();
		}
	}

	private static KeyValue randomKey(Random random) {
		int size = 1 + random.nextInt(2);
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			values.add(switch (random.nextInt(6)) {
				case 0 -> "T-" + Long.toString(random.nextLong(1_000_000_000L), 36);
				case 1 -> "Lạng Sơn " + random.nextInt(100);
				case 2 -> random.nextInt(1_000);
				case 3 -> random.nextLong();
				case 4 -> random.nextDouble();
				default -> new de.bwaldvogel.mongo.bson.Document("unit", "U" + random.nextInt(50));
			});
		}
		return new KeyValue(values);
	}

}
