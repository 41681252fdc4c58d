package vn.parmonitor.system.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB-wire server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param backend {@code h2} keeps the data in a file that survives restarts; {@code memory} forgets it on exit
 *     (tests)
 * @param file the H2 file of the {@code h2} backend, relative to the working directory
 * @param database the database name the application uses inside the embedded server
 */
@ConfigurationProperties("par.embedded-store")
public record EmbeddedStoreProperties(Backend backend, String file, String database) {

	public EmbeddedStoreProperties {
		backend = backend == null ? Backend.H2 : backend;
		file = file == null || file.isBlank() ? "data/par-monitor.mv" : file;
		database = database == null || database.isBlank() ? "par-monitor" : database;
	}

	public enum Backend {
		H2, MEMORY
	}

}
