package vn.parmonitor.system.lease;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.parmonitor.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** Leases against a real MongoDB-wire server: one holder at a time, taken over once expired. */
class LeasesTest {

	final MongoServer server = new MongoServer(new MemoryBackend());

	final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	final MongoTemplate mongo = new MongoTemplate(client, "leases-test");

	@AfterEach
	void stop() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void oneHolderAtATimeUntilReleasedOrExpired() {
		MutableClock clock = new MutableClock(Instant.parse("2023-11-10T02:00:00Z"));
		Leases leases = new Leases(mongo, Optional.of(clock));
		assertThat(leases.tryAcquire("evaluation", "replica-a", Duration.ofMinutes(10))).isTrue();
		assertThat(leases.tryAcquire("evaluation", "replica-b", Duration.ofMinutes(10))).as("held by a").isFalse();
		assertThat(leases.tryAcquire("evaluation", "replica-a", Duration.ofMinutes(10))).as("a renews").isTrue();
		leases.release("evaluation", "replica-a");
		assertThat(leases.tryAcquire("evaluation", "replica-b", Duration.ofMinutes(10))).as("released").isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(9));
		assertThat(leases.tryAcquire("evaluation", "replica-a", Duration.ofMinutes(10))).as("b still holds").isFalse();
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(leases.tryAcquire("evaluation", "replica-a", Duration.ofMinutes(10))).as("b's lease expired").isTrue();
	}

}
