package vn.parmonitor.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

/**
 * The kinds of file accepted as evidence, told from their content (Apache Tika's magic bytes; the name only
 * refines a container's kind), never from the name or the type the client declares: an executable named
 * {@code .pdf} is refused. An office document must also be the container it claims (an Office Open XML or
 * OpenDocument package), not any ZIP renamed.
 */
final class EvidenceTypes {

	/** Accepted types and what they are called in messages. */
	static final Map<String, String> ACCEPTED = Map.ofEntries(
			Map.entry("application/pdf", "PDF"),
			Map.entry("image/jpeg", "JPEG image"),
			Map.entry("image/png", "PNG image"),
			Map.entry("image/tiff", "TIFF image"),
			Map.entry("application/msword", "Word document (.doc)"),
			Map.entry("application/vnd.ms-excel", "Excel workbook (.xls)"),
			Map.entry("application/vnd.ms-powerpoint", "PowerPoint presentation (.ppt)"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document (.docx)"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook (.xlsx)"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
					"PowerPoint presentation (.pptx)"),
			Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text (.odt)"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet (.ods)"));

	static final String ACCEPTED_NAMES = "PDF, Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint (.ppt, .pptx), "
			+ "OpenDocument (.odt, .ods), JPEG, PNG or TIFF";

	private static final Tika TIKA = new Tika();

	private EvidenceTypes() {
	}

	/** The accepted type of the file, or empty with the detected type in {@code detected[0]}. */
	static Optional<String> accepted(Path file, String declaredName, String[] detected) throws IOException {
		String type;
		try (InputStream in = Files.newInputStream(file)) {
			type = TIKA.detect(in, declaredName == null ? "" : declaredName);
		}
		detected[0] = type;
		if (!ACCEPTED.containsKey(type)) {
			return Optional.empty();
		}
		if (type.startsWith("application/vnd.openxmlformats") && !holdsEntry(file, "[Content_Types].xml")) {
			return Optional.empty();
		}
		if (type.startsWith("application/vnd.oasis.opendocument") && !holdsEntry(file, "mimetype")) {
			return Optional.empty();
		}
		return Optional.of(type);
	}

	private static boolean holdsEntry(Path file, String entry) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getEntry(entry) != null;
		}
		catch (IOException notAZip) {
			return false;
		}
	}

}
