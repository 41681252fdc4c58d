package vn.parmonitor.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.http.ProblemResponses;
import vn.parmonitor.system.ratelimit.Client;
import vn.parmonitor.system.ratelimit.ClientLimiter;
import vn.parmonitor.system.security.ApiPrincipal;

/**
 * Spreadsheet imports over HTTP (GraphQL carries no files): {@code POST /imports/<kind>} as
 * {@code multipart/form-data} with the part {@code file} (XLSX or CSV) and the fields {@code dryRun} (check only) and
 * {@code wait} (answer when done rather than at once). The answer is the import's job, also at
 * {@code GET /imports/<id>} and in GraphQL ({@code importJob}); refusals are RFC 9457 problem details naming the field.
 */
@RestController
class ImportHttpController {

	/** How long {@code wait=true} holds the request before answering the job as it stands (202). */
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

	private final SpreadsheetImports imports;

	private final ClientLimiter clients;

	ImportHttpController(SpreadsheetImports imports, ClientLimiter clients) {
		this.imports = imports;
		this.clients = clients;
	}

	@PostMapping(path = "/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> submit(@PathVariable String kind, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") String dryRun, @RequestParam(defaultValue = "false") String wait,
			@RequestParam java.util.Map<String, String> form, HttpServletRequest request) throws InterruptedException {
		ImportKind importKind = Arrays.stream(ImportKind.values()).filter(k -> k.path().equals(kind)).findFirst()
			.orElseThrow(() -> new SpreadsheetRefusal(HttpStatus.NOT_FOUND, "kind", "there is no import of '" + kind
					+ "'; the imports are " + String.join(", ", Arrays.stream(ImportKind.values())
						.map(k -> "/imports/" + k.path()).toList())));
		SpreadsheetRefusal.requireRole(importKind, "imports of " + importKind.path());
		boolean dry = flag("dryRun", dryRun);
		boolean waiting = flag("wait", wait);
		clients.startExpensive(Client.current(request.getRemoteAddr()), "An import");
		ImportJob job;
		try (InputStream content = file.getInputStream()) {
			job = imports.submit(importKind, file.getOriginalFilename(), content, dry, parameters(importKind, form));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		URI location = URI.create("/imports/" + job.id());
		if (waiting) {
			job = imports.await(job.id(), LONGEST_WAIT);
			if (job.state().finished()) {
				HttpStatus status = job.state() == ImportState.SUCCEEDED ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
				return ResponseEntity.status(status).location(location).body(job);
			}
		}
		return ResponseEntity.accepted().location(location).body(job);
	}

	@GetMapping("/imports/{id}")
	ImportJob job(@PathVariable String id) {
		if (ApiPrincipal.current().isEmpty()) {
			throw new SpreadsheetRefusal(HttpStatus.UNAUTHORIZED, "Authorization", "an import is read with the token that "
					+ "sent it or the Department's: send the header 'Authorization: Bearer <token>'");
		}
		return imports.find(id).orElseThrow(() -> new SpreadsheetRefusal(HttpStatus.NOT_FOUND, "id", "no import " + id
				+ " sent with this token (imports are kept 30 days)"));
	}

	/** The form's fields that the kind takes for every row; others (dryRun, wait, the file) are not rows' values. */
	private static java.util.Map<String, String> parameters(ImportKind kind, java.util.Map<String, String> form) {
		java.util.Map<String, String> parameters = new java.util.TreeMap<>();
		kind.parameters().forEach(name -> {
			if (form.get(name) != null && !form.get(name).isBlank()) {
				parameters.put(name, form.get(name).strip());
			}
		});
		return parameters;
	}

	private static boolean flag(String field, String value) {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "true", "1", "yes" -> true;
			case "false", "0", "no", "" -> false;
			default -> throw new SpreadsheetRefusal(HttpStatus.BAD_REQUEST, field, field + " '" + value
					+ "' is not a flag: give true or false");
		};
	}


	@ExceptionHandler(SpreadsheetUnreadable.class)
	ResponseEntity<ProblemDetail> unreadable(SpreadsheetUnreadable ex) {
		return ProblemResponses.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", ex.getMessage());
	}

	@ExceptionHandler(SpreadsheetImports.ImportsBusy.class)
	ResponseEntity<ProblemDetail> busy(SpreadsheetImports.ImportsBusy ex) {
		return ProblemResponses.of(HttpStatus.SERVICE_UNAVAILABLE, "file", ex.getMessage(), Duration.ofSeconds(60));
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> limited(Refusal refusal) {
		return ProblemResponses.of(HttpStatus.valueOf(refusal.status()), "file", refusal.getMessage(), refusal.retryAfter());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return ProblemResponses.of(HttpStatus.CONTENT_TOO_LARGE, "file", "the upload is larger than the server accepts ("
				+ ex.getMaxUploadSize() + " bytes, spring.servlet.multipart.max-file-size): split the file");
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestPartException ex) {
		return ProblemResponses.of(HttpStatus.BAD_REQUEST, ex.getRequestPartName(), "the form needs the part '"
				+ ex.getRequestPartName() + "': send the spreadsheet as multipart/form-data, e.g. curl -F file=@rows.xlsx");
	}

}
