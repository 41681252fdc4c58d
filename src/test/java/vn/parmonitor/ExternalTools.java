package vn.parmonitor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the real tools the monitoring files are checked with (promtool, amtool, docker-compose). Where a tool is
 * missing the test is skipped with a notice, unless {@code PAR_REQUIRE_TOOLS=1} (as {@code .ci/run} sets, after
 * installing them): then a missing tool fails the build instead of hiding a check.
 */
public final class ExternalTools {

	private ExternalTools() {
	}

	/** The path of {@code tool} on the PATH; skips or fails the test as {@link #require} does when it is missing. */
	public static Path locate(String tool, String debianPackage) {
		require(tool, debianPackage);
		return find(tool);
	}

	public static void require(String tool, String debianPackage) {
		if (find(tool) != null) {
			return;
		}
		String message = tool + " is not installed (Debian package " + debianPackage + ")";
		if ("1".equals(System.getenv("PAR_REQUIRE_TOOLS"))) {
			fail(message + " and PAR_REQUIRE_TOOLS=1");
		}
		Assumptions.abort(message + ": skipped; .ci/run installs it");
	}

	/** Runs a command in {@code directory} and returns its exit code and combined output. */
	public static Result run(Path directory, String... command) {
		return run(directory, java.util.Map.of(), command);
	}

	/** Runs a command with extra environment variables. */
	public static Result run(Path directory, java.util.Map<String, String> environment, String... command) {
		return run(directory, environment, null, command);
	}

	/** Runs a command that reads {@code input} on its standard input. */
	public static Result runWithInput(String input, String... command) {
		return run(Path.of("."), java.util.Map.of(), input, command);
	}

	private static Result run(Path directory, java.util.Map<String, String> environment, String input,
			String... command) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
			builder.environment().putAll(environment);
			Process process = builder.start();
			try (var stdin = process.getOutputStream()) {
				if (input != null) {
					stdin.write(input.getBytes(StandardCharsets.UTF_8));
				}
			}
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish in 2 minutes");
			}
			return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path find(String tool) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory, tool);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** A finished command. */
	public record Result(int exitCode, String output) {

		public List<String> lines() {
			return output.lines().toList();
		}

	}

}
