package vn.parmonitor.system.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The in-process MongoDB-wire server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param backend {@code h2} keeps the data in a file that survives restarts; {@code memory} forgets it on exit
 *     (tests)
 * @param file the H2 file of the {@code h2} backend, relative to the working directory
 * @param database the database name the application uses inside the embedded server
 * @param syncToDisk whether each write is also forced to the disk (fsync) before it is answered: it then survives a
 *     power cut too, at the cost of a disk flush per write. Without it a write is committed to the file before it is
 *     answered, which survives any death of the process (kill -9, out of memory) but not of the machine
 * @param commitInterval the shortest time between two commits of the H2 file: writes that arrive within it share
 *     one commit (each waits for it before it is answered), which bounds how fast the file grows under many small
 *     writes
 * @param minFreeDisk health is DOWN when the store's folder has less free space than this (H2 closes its store on a
 *     full disk)
 * @param port the loopback port the store listens on, for a MongoDB client or shell beside the server (benchmarks,
 *     inspection); 0, the default, takes a free one. Only 127.0.0.1 is ever bound: the store has no authentication
 * @param cacheSize the H2 file's page cache, in the heap (default an eighth of the heap, at least 16 MB; documents
 *     reckoned at what they take once read, {@link DocumentHeap}). The embedded store answers every query but an
 *     {@code _id} lookup by reading the whole collection, so this decides its speed: a scan of 100,000 observations
 *     took 8.3 s with H2's own default of 16 MB (as H2 then reckoned documents) and 1.6 s with 64 MB, a count 5.4 s
 *     and 0.12 s
 */
@ConfigurationProperties("par.embedded-store")
public record EmbeddedStoreProperties(Backend backend, String file, String database, boolean syncToDisk,
		Duration commitInterval, DataSize minFreeDisk, int port, DataSize cacheSize) {

	public EmbeddedStoreProperties {
		commitInterval = commitInterval == null ? Duration.ofMillis(5) : commitInterval;
		minFreeDisk = minFreeDisk == null ? DataSize.ofMegabytes(10) : minFreeDisk;
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("par.embedded-store.port must be 0 (a free port) or 1 to 65535, got " + port);
		}
		cacheSize = cacheSize == null ? defaultCacheSize(Runtime.getRuntime().maxMemory()) : cacheSize;
		if (cacheSize.toMegabytes() < 1) {
			throw new IllegalArgumentException("par.embedded-store.cache-size must be at least 1MB, got " + cacheSize);
		}
		backend = backend == null ? Backend.H2 : backend;
		file = file == null || file.isBlank() ? "data/par-monitor.mv" : file;
		database = database == null || database.isBlank() ? "par-monitor" : database;
	}

	/**
	 * An eighth of the heap: at -Xmx512m, 64 MB of documents beside the server's own live data (about 200 MB at
	 * national scale: the per-target meters, the units, a run's batch) and the whole result the store holds while a
	 * query is read (a query of 113,670 observations, about 250 MB); a larger heap caches more.
	 */
	static DataSize defaultCacheSize(long maxHeapBytes) {
		return DataSize.ofMegabytes(Math.max(16, maxHeapBytes / 8 / (1024 * 1024)));
	}

	public enum Backend {
		H2, MEMORY
	}

}
