package vn.parmonitor.system.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process MongoDB-wire server (mongo-java-server) on the loopback interface when no external
 * MongoDB is configured, so that a fresh checkout runs without installing anything.
 *
 * <p>Boot's own connection details back off when this {@link MongoConnectionDetails} bean exists, so the rest of
 * the application cannot tell the embedded store from a real MongoDB.
 *
 * <p>The H2 file backend answers a write only once it is committed to the file ({@link DurableH2Backend}) and opens
 * its file again when H2 closed it after a failed write ({@link ReopeningH2Store}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalMongoCondition.class)
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
		MongoServer server = new MongoServer(backend(properties));
		server.bind("127.0.0.1", properties.port());
		log.info("Embedded MongoDB-wire server ({} backend{}) listening on {}", properties.backend(),
				properties.backend() == EmbeddedStoreProperties.Backend.H2 ? ", file " + properties.file() : "",
				server.getLocalAddress());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer,
			EmbeddedStoreProperties properties) {
		var address = embeddedMongoServer.getLocalAddress();
		var connectionString = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()
				+ "/" + properties.database());
		return () -> connectionString;
	}

	/**
	 * A scan reads the collection's pages as they were when it began, and H2 reuses the space of pages replaced more
	 * than the retention time ago (45 s by default) whoever still reads them: a scan of a large collection that ran
	 * longer while writes went on failed with "Chunk ... not found" (the audit repair during a national evaluation).
	 * Ten minutes outlast any scan the product makes; the price is that freed space waits that long to be reused.
	 */
	private static final int RETENTION_MILLIS = 600_000;

	private static MVStore open(Path file, EmbeddedStoreProperties properties) {
		MVStore store = new MVStore.Builder().fileName(file.toString())
			.cacheSize((int) properties.cacheSize().toMegabytes())
			.open();
		store.setRetentionTime(RETENTION_MILLIS);
		return store;
	}

	/** The store the configuration names (also what the crash trials run in a process of their own). */
	static MongoBackend backend(EmbeddedStoreProperties properties) {
		if (properties.backend() == EmbeddedStoreProperties.Backend.MEMORY) {
			return new MemoryBackend();
		}
		Path file = Path.of(properties.file()).toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder of the embedded store file " + file, ex);
		}
		ReopeningH2Store store = new ReopeningH2Store(() -> new DurableH2Backend(open(file, properties),
				properties.syncToDisk(), properties.commitInterval()));
		if (store.readOnly()) {
			// Fail fast: H2 would serve the file read-only, and a server that cannot write cannot start (it records
			// its start, its jobs and its indexes) nor do its work; an orchestrator sees the failure and says why.
			store.close();
			throw new IllegalStateException("The embedded store file " + file + " cannot be written (a read-only or "
					+ "immutable file, a read-only mount, or no permission): PAR Monitor must be able to write its store. "
					+ "Make the file and its folder writable, or point par.embedded-store.file elsewhere, and start again");
		}
		return store;
	}

}
