package vn.parmonitor.system.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

import com.mongodb.MongoCommandException;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.lease.InstanceId;

/**
 * {@code mongo} in {@code /actuator/health} (and readiness): UP only when the store takes a write and gives it back.
 *
 * <p>A ping is not enough: a store that opened its file read-only, or that H2 closed after a full disk, still
 * answers pings. So each check writes this replica's probe document ({@code health_probes}, one per replica) with
 * the time and reads it back; DOWN names what failed, never a file path (the details are public). For the embedded
 * store it also watches the free space of the store's folder, since H2 closes its store when the disk fills.
 *
 * <p>Replaces Boot's MongoDB health indicator (same bean name), which sends {@code hello}, a command the embedded
 * server rejects.
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator implements HealthIndicator {

	static final String PROBES = "health_probes";

	private static final Logger log = LoggerFactory.getLogger(StoreHealthIndicator.class);

	private final MongoTemplate mongo;

	/** This replica's probe document. */
	private final String probeId;

	private final boolean embedded;

	private final EmbeddedStoreProperties embeddedStore;

	private final Clock clock;

	@Autowired
	StoreHealthIndicator(MongoTemplate mongo, InstanceId instance, ObjectProvider<MongoServer> embeddedServer,
			EmbeddedStoreProperties embeddedStore, Optional<Clock> clock) {
		this(mongo, instance.value(), embeddedServer.getIfAvailable() != null, embeddedStore, clock.orElse(Clock.systemUTC()));
	}

	StoreHealthIndicator(MongoTemplate mongo, String probeId, boolean embedded, EmbeddedStoreProperties embeddedStore,
			Clock clock) {
		this.mongo = mongo;
		this.probeId = probeId;
		this.embedded = embedded;
		this.embeddedStore = embeddedStore;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up()
			.withDetail("store", embedded ? "embedded (" + embeddedStore.backend().name().toLowerCase() + ")" : "MongoDB")
			.withDetail("database", mongo.getDb().getName());
		try {
			probe();
		}
		catch (RuntimeException ex) {
			log.warn("Store health probe failed: {}", ex.toString());
			return health.down().withDetail("error", "the store did not take and give back a probe write: "
					+ publicReason(ex)).build();
		}
		if (embedded && embeddedStore.backend() == EmbeddedStoreProperties.Backend.H2) {
			long free = freeSpace();
			health.withDetail("diskFree", free).withDetail("diskFreeMinimum", embeddedStore.minFreeDisk().toBytes());
			if (free >= 0 && free < embeddedStore.minFreeDisk().toBytes()) {
				return health.down().withDetail("error", "the disk of the embedded store has " + free
						+ " bytes free, below the minimum of " + embeddedStore.minFreeDisk().toBytes()).build();
			}
		}
		return health.withDetail("probe", "written and read back").build();
	}

	private void probe() {
		Instant now = Instant.now(clock);
		mongo.upsert(Query.query(Criteria.where("_id").is(probeId)), Update.update("at", now), PROBES);
		Document back = mongo.findById(probeId, Document.class, PROBES);
		Object at = back == null ? null : back.get("at");
		if (!(at instanceof Date date) || !date.toInstant().equals(now.truncatedTo(ChronoUnit.MILLIS))) {
			throw new IllegalStateException("the probe read back (" + at + ") is not the one written (" + now + ")");
		}
	}

	private long freeSpace() {
		try {
			Path folder = Path.of(embeddedStore.file()).toAbsolutePath().getParent();
			return Files.getFileStore(folder).getUsableSpace();
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The failure as a client may read it: the store's own message, with any path cut out. */
	private static String publicReason(RuntimeException ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root && !(root instanceof MongoCommandException)) {
			root = root.getCause();
		}
		String message = root instanceof MongoCommandException command ? command.getErrorMessage()
				: root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return DurableH2Backend.withoutPaths(message);
	}

}
