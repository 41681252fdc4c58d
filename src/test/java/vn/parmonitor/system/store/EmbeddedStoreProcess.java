package vn.parmonitor.system.store;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded H2 store exactly as the server configures it, alone in a process, for the crash trials: prints
 * {@code PORT <port>} once it listens, then serves until it is killed.
 */
public final class EmbeddedStoreProcess {

	public static final String READY = "PORT ";

	private EmbeddedStoreProcess() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedStoreProperties properties = new EmbeddedStoreProperties(EmbeddedStoreProperties.Backend.H2, args[0],
				"par", false, null, null, 0, null);
		MongoServer server = new MongoServer(EmbeddedMongoConfiguration.backend(properties));
		server.bind("127.0.0.1", 0);
		System.out.println(READY + server.getLocalAddress().getPort());
		System.out.flush();
		Thread.currentThread().join();
	}

}
