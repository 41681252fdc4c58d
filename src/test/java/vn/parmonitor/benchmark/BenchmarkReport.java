package vn.parmonitor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A Markdown report, printed to the console and written to a file. */
final class BenchmarkReport {

	private final StringBuilder text = new StringBuilder();

	BenchmarkReport(String title) {
		text.append("# ").append(title).append("\n\n");
	}

	void line(String line) {
		text.append(line).append('\n');
	}

	void section(String heading, String header, String alignment) {
		text.append("\n## ").append(heading).append("\n\n").append(header).append('\n').append(alignment).append('\n');
	}

	void row(Object... cells) {
		text.append(Arrays.stream(cells).map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
	}

	/** Prints the report and writes it to {@code file}. */
	void write(Path file) {
		System.out.println(text);
		save(file);
	}

	/** Writes the report so far to {@code file} (a long benchmark leaves what it measured if it dies later). */
	void save(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
