package vn.parmonitor.system.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded H2 store over the wire, as the server uses it: an answered write is in the file, a read-only file
 * refuses writes and reports DOWN, and a store that H2 closed is opened again once it can be, DOWN until then.
 */
class DurableEmbeddedStoreTest {

	@TempDir
	Path folder;

	private final List<AutoCloseable> opened = new ArrayList<>();

	/** The H2 stores the servers under test opened, latest last: what a crash or a full disk would find. */
	private final List<MVStore> stores = new ArrayList<>();

	@AfterEach
	void closeAll() throws Exception {
		for (int i = opened.size() - 1; i >= 0; i--) {
			opened.get(i).close();
		}
	}

	@Test
	void anAnsweredWriteIsInTheFileThoughTheProcessDiesBeforeH2WouldHaveWrittenIt() {
		String file = folder.resolve("store.mv").toString();
		// H2's background writer off: what is in the file is what the store committed before answering.
		MongoCollection<Document> units = collection(durable(() -> new MVStore.Builder().fileName(file)
			.autoCommitDisabled()
			.open()));
		for (int i = 0; i < 20; i++) {
			units.insertOne(new Document("_id", "U" + i).append("name", "unit " + i));
		}
		units.updateOne(new Document("_id", "U3"), new Document("$set", new Document("name", "renamed")));
		units.deleteOne(new Document("_id", "U7"));

		stores.get(stores.size() - 1).closeImmediately(); // a kill: no final commit, no close

		MongoCollection<Document> after = collection(new H2Backend(MVStore.open(file)));
		assertThat(after.countDocuments()).isEqualTo(19);
		assertThat(after.find(new Document("_id", "U3")).first()).containsEntry("name", "renamed");
		assertThat(after.find(new Document("_id", "U7")).first()).isNull();
	}

	@Test
	void aReadOnlyFileServesReadsRefusesEveryWriteAndIsReportedDown() {
		String file = folder.resolve("store.mv").toString();
		MVStore seeding = MVStore.open(file);
		collection(new H2Backend(seeding)).insertOne(new Document("_id", "U1").append("name", "kept"));
		seeding.close();

		ReopeningH2Store store = durable(() -> new MVStore.Builder().fileName(file).readOnly().open());
		MongoCollection<Document> units = collection(store);
		assertThat(store.readOnly()).isTrue();

		assertThat(units.find(new Document("_id", "U1")).first()).containsEntry("name", "kept");
		assertThatThrownBy(() -> units.insertOne(new Document("_id", "U2")))
			.isInstanceOfSatisfying(MongoCommandException.class, refused -> {
				assertThat(refused.getErrorCode()).isEqualTo(20);
				assertThat(refused.getErrorMessage()).isEqualTo("the embedded store's file is read-only: PAR Monitor "
						+ "reads it but cannot write to it; make the file writable and restart");
			});
		assertThatThrownBy(() -> units.updateOne(new Document("_id", "U1"), new Document("$set", new Document("name", "lost"))))
			.isInstanceOf(MongoCommandException.class);
		assertThat(units.find().into(new ArrayList<>())).as("nothing taken in memory either")
			.singleElement()
			.satisfies(unit -> assertThat(unit).containsEntry("name", "kept"));

		Health health = health(store);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "the store did not take and give back a probe write: "
				+ "the embedded store's file is read-only: PAR Monitor reads it but cannot write to it; make the file "
				+ "writable and restart");
	}

	@Test
	void aStoreThatH2ClosedIsDownUntilItCanBeOpenedAgainAndThenKeepsEveryAnsweredWrite() {
		String file = folder.resolve("store.mv").toString();
		ReopeningH2Store store = durable(() -> MVStore.open(file));
		MongoCollection<Document> units = collection(store);
		units.insertOne(new Document("_id", "U1"));
		assertThat(health(store).getStatus()).isEqualTo(Status.UP);

		// What H2 does after a failed write (a full disk): it closes the store for good.
		stores.get(stores.size() - 1).closeImmediately();
		// And the file cannot be opened again yet: here another store holds its lock.
		MVStore holder = MVStore.open(file);
		try {
			assertThatThrownBy(() -> units.insertOne(new Document("_id", "U2")))
				.isInstanceOfSatisfying(MongoCommandException.class, refused -> assertThat(refused.getErrorMessage())
					.isEqualTo("the embedded store is closed after a failed write and cannot be opened again yet (is the "
							+ "disk full?); retry once the disk has room"));
			Health down = health(store);
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails().toString()).doesNotContain(folder.toString());
		}
		finally {
			holder.close();
		}

		assertThat(health(store).getStatus()).as("UP again once writes work").isEqualTo(Status.UP);
		units.insertOne(new Document("_id", "U3"));
		assertThat(units.find().map(unit -> unit.getString("_id")).into(new ArrayList<>())).containsExactlyInAnyOrder("U1",
				"U3");
	}

	/** The server's store over {@code opener}'s file, remembering each H2 store it opens. */
	private ReopeningH2Store durable(Supplier<MVStore> opener) {
		return new ReopeningH2Store(() -> {
			MVStore store = opener.get();
			stores.add(store);
			return new DurableH2Backend(store, false, Duration.ofMillis(20));
		});
	}

	private MongoCollection<Document> collection(MongoBackend backend) {
		return client(backend).getDatabase("par").getCollection("units");
	}

	private MongoClient client(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		opened.add(server::shutdownNow);
		MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
		opened.add(client);
		return client;
	}

	private Health health(MongoBackend backend) {
		MongoTemplate template = new MongoTemplate(client(backend), "par");
		EmbeddedStoreProperties memory = new EmbeddedStoreProperties(EmbeddedStoreProperties.Backend.MEMORY, null, null,
				false, null, null, 0, null);
		return new StoreHealthIndicator(template, "test-replica", true, memory, Clock.systemUTC()).health();
	}

}
