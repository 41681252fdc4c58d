package vn.parmonitor.system.http;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The refusals of the plain HTTP endpoints (evidence, imports, exports): RFC 9457 problem details with the form field
 * at fault, {@code WWW-Authenticate} on 401 and {@code Retry-After} where waiting helps.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String field, String message) {
		return of(status, field, message, null);
	}

	public static ResponseEntity<ProblemDetail> of(HttpStatus status, String field, String message, Duration retryAfter) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("field", field);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		if (retryAfter != null) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
		}
		return response.body(problem);
	}

}
