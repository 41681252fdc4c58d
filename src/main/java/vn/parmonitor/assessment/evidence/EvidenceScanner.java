package vn.parmonitor.assessment.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * The optional virus-scan hook ({@code par.evidence.scan-command}): runs the configured scanner on the uploaded file
 * before it is stored. Without a command, files are stored unscanned (and say so).
 */
@Component
class EvidenceScanner {

	/** What the scan found. */
	enum Outcome {
		/** No scanner is configured. */
		NOT_SCANNED,
		/** The scanner found nothing. */
		CLEAN,
		/** The scanner found malware: the file is refused. */
		INFECTED,
		/** The scanner failed or took too long: the file is refused, to be sent again. */
		FAILED
	}

	record Result(Outcome outcome, String report) {
	}

	private final EvidenceProperties properties;

	EvidenceScanner(EvidenceProperties properties) {
		this.properties = properties;
	}

	Result scan(Path file) {
		List<String> command = properties.scanCommand();
		if (command.isEmpty()) {
			return new Result(Outcome.NOT_SCANNED, null);
		}
		List<String> resolved = command.stream().map(part -> part.replace("{file}", file.toString())).toList();
		try {
			Process process = new ProcessBuilder(resolved).redirectErrorStream(true).start();
			if (!process.waitFor(properties.scanTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(Outcome.FAILED, "the scanner took longer than " + properties.scanTimeout());
			}
			// The scanner names the spooled file: the client reads the report without the server's path.
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
				.replace(file.toString(), "the file");
			String report = output.length() > 500 ? output.substring(0, 500) : output;
			return switch (process.exitValue()) {
				case 0 -> new Result(Outcome.CLEAN, report);
				case 1 -> new Result(Outcome.INFECTED, report);
				default -> new Result(Outcome.FAILED, "the scanner exited with " + process.exitValue() + ": " + report);
			};
		}
		catch (IOException ex) {
			return new Result(Outcome.FAILED, "the scanner could not be started: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Result(Outcome.FAILED, "the scan was interrupted");
		}
	}

}
