package vn.parmonitor.system.http;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated file as an HTTP answer (exports, templates, reports): its type, its name in UTF-8 for the browser, and
 * no caching, since it holds data as of now and possibly unpublished.
 */
public final class Downloads {

	/** Office Open XML workbook. */
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/** A file to save (a workbook). */
	public static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] content) {
		return of(ContentDisposition.attachment(), name, type, content);
	}

	/** A file to show in the browser (a PDF). */
	public static ResponseEntity<byte[]> inline(String name, MediaType type, byte[] content) {
		return of(ContentDisposition.inline(), name, type, content);
	}

	private static ResponseEntity<byte[]> of(ContentDisposition.Builder disposition, String name, MediaType type,
			byte[] content) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

}
