package vn.parmonitor.assessment.evidence;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files.
 *
 * @param maxSize the largest file accepted (the multipart limits of {@code spring.servlet.multipart} must allow a
 *     little more, so that this limit is the one the user reads)
 * @param scanCommand an optional virus scanner run on each upload before it is stored, e.g.
 *     {@code [clamdscan, --no-summary, --fdpass, "{file}"]}: exit 0 is clean, 1 is infected (refused), anything
 *     else an error (refused, to be tried again)
 * @param scanTimeout how long the scanner may take
 */
@ConfigurationProperties("par.evidence")
public record EvidenceProperties(DataSize maxSize, List<String> scanCommand, Duration scanTimeout) {

	public EvidenceProperties {
		maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
		scanCommand = scanCommand == null ? List.of() : List.copyOf(scanCommand);
		scanTimeout = scanTimeout == null ? Duration.ofSeconds(60) : scanTimeout;
	}

}
