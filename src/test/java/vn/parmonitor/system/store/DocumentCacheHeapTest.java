package vn.parmonitor.system.store;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's page cache holds what it is configured to hold: its documents are reckoned at what they take
 * in the heap once read, and the field names and codes they all repeat are one string each.
 */
class DocumentCacheHeapTest {

	private static final int DOCUMENTS = 60_000;

	private static final int CACHE_MB = 16;

	@TempDir
	Path folder;

	@Test
	void aScanOfAFileLargerThanTheCacheKeepsAboutTheCachesSizeInTheHeap() {
		String file = folder.resolve("observations.mv").toString();
		MVStore writing = new MVStore.Builder().fileName(file).cacheSize(CACHE_MB).open();
		MVMap<Object, Object> written = observations(writing);
		for (int i = 0; i < DOCUMENTS; i++) {
			written.put("obs-" + i, observation(i));
		}
		writing.close();

		MVStore store = new MVStore.Builder().fileName(file).cacheSize(CACHE_MB).open();
		try {
			MVMap<Object, Object> observations = observations(store);
			long before = liveHeap();
			long read = 0;
			for (Object ignored : observations.values()) {
				read++;
			}
			long held = liveHeap() - before;
			assertThat(read).isEqualTo(DOCUMENTS);
			// 60,000 such documents take about 110 MB once read; the cache may keep 16 MB of them.
			assertThat(held / (1024 * 1024)).as("MB the cache of %d MB holds in the heap after the scan", CACHE_MB)
				.isLessThan(CACHE_MB * 2);
		}
		finally {
			store.close();
		}
	}

	@Test
	void writingMoreThanTheCacheKeepsAboutTheCachesSizeInTheHeap() {
		MVStore store = new MVStore.Builder().fileName(folder.resolve("written.mv").toString()).cacheSize(CACHE_MB)
			.open();
		try {
			MVMap<Object, Object> observations = observations(store);
			long before = liveHeap();
			for (int i = 0; i < DOCUMENTS; i++) {
				observations.put("obs-" + i, observation(i));
				if (i % 1_000 == 999) {
					store.commit();
				}
			}
			store.commit();
			long held = liveHeap() - before;
			assertThat(held / (1024 * 1024)).as("MB the cache of %d MB holds in the heap after the writes", CACHE_MB)
				.isLessThan(CACHE_MB * 2);
		}
		finally {
			store.close();
		}
	}

	@Test
	void documentsReadBackShareTheirFieldNamesAndCodes() {
		String file = folder.resolve("shared.mv").toString();
		MVStore writing = new MVStore.Builder().fileName(file).open();
		observations(writing).put("a", observation(1));
		observations(writing).put("b", observation(2));
		writing.close();

		MVStore store = new MVStore.Builder().fileName(file).open();
		try {
			Document first = (Document) observations(store).get("a");
			Document second = (Document) observations(store).get("b");
			assertThat(first).as("read back as written").isEqualTo(observation(1));
			assertThat(fieldName(second, "indicatorCode")).as("one field name for both documents")
				.isSameAs(fieldName(first, "indicatorCode"));
			assertThat(second.get("indicatorCode")).as("one code for both").isSameAs(first.get("indicatorCode"));
			assertThat(second.get("lastChangeId")).as("a change stamp is its own").isNotSameAs(first.get("lastChangeId"));
		}
		finally {
			store.close();
		}
	}

	@Test
	void theDefaultCacheIsAnEighthOfTheHeap() {
		assertThat(EmbeddedStoreProperties.defaultCacheSize(512L << 20).toMegabytes()).isEqualTo(64);
		assertThat(EmbeddedStoreProperties.defaultCacheSize(4L << 30).toMegabytes()).isEqualTo(512);
		assertThat(EmbeddedStoreProperties.defaultCacheSize(64L << 20).toMegabytes()).as("at least 16 MB").isEqualTo(16);
	}

	private static String fieldName(Document document, String name) {
		return document.keySet().stream().filter(name::equals).findFirst().orElseThrow();
	}

	private static MVMap<Object, Object> observations(MVStore store) {
		return store.openMap("observations", new MVMap.Builder<Object, Object>().valueType(new DocumentValueType()));
	}

	/** An observation as the store keeps it: codes, a decimal value, dates, a Vietnamese note. */
	private static Document observation(int i) {
		return new Document("_id", "obs-" + i).append("indicatorCode", "ONLINE_DOSSIER_RATE")
			.append("unitCode", "U" + (i % 11_000))
			.append("periodEnd", Instant.parse("2023-10-31T00:00:00Z"))
			.append("value", Decimal128.fromNumber(new BigDecimal("87.5")))
			.append("recordedAt", Instant.parse("2023-11-01T02:00:00Z").plusSeconds(i))
			.append("source", "API")
			.append("note", "Số liệu tháng " + (i % 12 + 1))
			.append("lastChangeId", "65f0c0ffee" + Integer.toHexString(i));
	}

	private static long liveHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
