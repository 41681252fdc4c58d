package vn.parmonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Runs the README's example queries ({@code examples/}) in tests, and reads their answers as maps. */
public final class Examples {

	private Examples() {
	}

	/** The answer to {@code examples/<file>} from {@code tester}. */
	public static GraphQlTester.Response run(GraphQlTester tester, String file) {
		try {
			return tester.document(Files.readString(Path.of("examples", file))).execute();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read examples/" + file, ex);
		}
	}

	/** {@code Map<String, Object>} as a class, for {@code entity} and {@code entityList}. */
	@SuppressWarnings("unchecked")
	public static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
