package vn.parmonitor.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.parmonitor.system.http.ProblemResponses;

/**
 * Evidence files over HTTP (GraphQL carries no files): {@code POST /evidence} as {@code multipart/form-data} with the
 * fields {@code unitCode}, {@code methodologyCode}, {@code year}, {@code componentCode} and the part {@code file};
 * {@code GET /evidence/<id>} downloads it. Refusals are RFC 9457 problem details naming the field at fault.
 */
@RestController
class EvidenceHttpController {

	private final EvidenceService evidence;

	EvidenceHttpController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceFile> upload(@RequestParam String unitCode, @RequestParam String methodologyCode,
			@RequestParam String year, @RequestParam String componentCode, @RequestParam("file") MultipartFile file) {
		Integer parsedYear = parseYear(year);
		try (InputStream content = file.getInputStream()) {
			EvidenceFile stored = evidence.upload(new EvidenceService.Target(unitCode.strip(), methodologyCode.strip(),
					parsedYear, componentCode.strip()), file.getOriginalFilename(), file.getSize(), content);
			return ResponseEntity.created(URI.create(stored.downloadUrl())).body(stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/evidence/{id}")
	void download(@PathVariable String id, HttpServletResponse response) throws IOException {
		EvidenceFile file = evidence.readable(id);
		response.setContentType(file.contentType());
		response.setContentLengthLong(file.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256() + "\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", "sandbox");
		try (InputStream in = evidence.content(file)) {
			in.transferTo(response.getOutputStream());
		}
	}

	private static Integer parseYear(String year) {
		try {
			return Integer.valueOf(year.strip());
		}
		catch (NumberFormatException ex) {
			throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "year", "year '" + year + "' is not a year (e.g. 2023)");
		}
	}

	@ExceptionHandler(EvidenceRefusal.class)
	ResponseEntity<ProblemDetail> refused(EvidenceRefusal refusal) {
		return ProblemResponses.of(refusal.status(), refusal.field(), refusal.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return ProblemResponses.of(HttpStatus.CONTENT_TOO_LARGE, "file", "the upload is larger than the server accepts ("
				+ ex.getMaxUploadSize() + " bytes); evidence files may have at most the size of par.evidence.max-size");
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ResponseEntity<ProblemDetail> missing(Exception ex) {
		String field = ex instanceof MissingServletRequestParameterException parameter ? parameter.getParameterName()
				: ((MissingServletRequestPartException) ex).getRequestPartName();
		return ProblemResponses.of(HttpStatus.BAD_REQUEST, field, "the form needs the field '" + field + "': send unitCode, "
				+ "methodologyCode, year, componentCode and the file as multipart/form-data");
	}

}
