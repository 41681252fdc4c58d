package vn.parmonitor.system.graphql;

import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** A real MongoDB-wire server holding 23 rows of group "a" (a-01 to a-23) and 4 of group "b", for paging tests. */
final class RowStore implements AutoCloseable {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

	final MongoTemplate mongo = new MongoTemplate(client, "rows");

	RowStore() {
		IntStream.rangeClosed(1, 23).forEach(i -> mongo.insert(new Row("a-%02d".formatted(i), "a")));
		IntStream.rangeClosed(1, 4).forEach(i -> mongo.insert(new Row("b-%02d".formatted(i), "b")));
	}

	@Override
	public void close() {
		client.close();
		server.shutdownNow();
	}

	@Document("rows")
	record Row(@Id String id, String group) {
	}

}
