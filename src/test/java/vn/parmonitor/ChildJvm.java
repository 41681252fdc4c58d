package vn.parmonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A Java process of its own on the tests' class path (a server to kill with SIGKILL, as a crash would), its output
 * in a file. Waits are for events (a line in the output, an answer), with a deadline that only a broken build
 * reaches.
 */
public final class ChildJvm implements AutoCloseable {

	private static final Duration DEADLINE = Duration.ofMinutes(4);

	private final Process process;

	private final Path output;

	private ChildJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts {@code mainClass} with {@code args}, with a small heap and the quick compiler (crash trials start many
	 * short lives), writing its output to {@code output}.
	 */
	public static ChildJvm start(Path output, String mainClass, List<String> args) {
		return start(output, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), mainClass, args);
	}

	/** Starts {@code mainClass} with {@code jvmOptions} and {@code args}, writing its output to {@code output}. */
	public static ChildJvm start(Path output, List<String> jvmOptions, String mainClass, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass);
		command.addAll(args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			return new ChildJvm(process, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until {@code condition} holds, failing with the child's output if it dies or the deadline passes. */
	public void await(String what, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(DEADLINE);
		while (!condition.getAsBoolean()) {
			if (!process.isAlive()) {
				throw new AssertionError("the child process died (exit " + process.exitValue() + ") before " + what
						+ "; its output ends:\n" + tail());
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("no " + what + " within " + DEADLINE + "; the child's output ends:\n" + tail());
			}
			try {
				Thread.sleep(50); // polling an outside process, which has no way to call back
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The first line of the output that starts with {@code prefix}, or null. */
	public String line(String prefix) {
		return output().lines().filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
	}

	public String output() {
		try {
			return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** SIGKILL: the process gets no chance to flush, commit or close anything. */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * SIGTERM, as an operator stops the server: it shuts down and the JVM finishes what it does at exit (a flight
	 * recording's dump); SIGKILL after {@code patience}.
	 */
	public void stop(Duration patience) {
		process.destroy();
		try {
			if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
		}
	}

	/** The CPU time the process has used so far (all its threads). */
	public Duration cpuTime() {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	private String tail() {
		String all = output();
		return all.substring(Math.max(0, all.length() - 4000));
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

}
