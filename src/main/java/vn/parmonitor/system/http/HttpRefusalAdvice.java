package vn.parmonitor.system.http;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every {@link HttpRefusal} of a plain HTTP endpoint, and a missing query parameter, as an RFC 9457 problem detail
 * naming the field at fault (a controller's own handler, as evidence has, comes first).
 */
@RestControllerAdvice
class HttpRefusalAdvice {

	@ExceptionHandler(HttpRefusal.class)
	ResponseEntity<ProblemDetail> refused(HttpRefusal refusal) {
		return ProblemResponses.of(refusal.status(), refusal.field(), refusal.getMessage());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex) {
		return ProblemResponses.of(HttpStatus.BAD_REQUEST, ex.getParameterName(), "the query needs the parameter '"
				+ ex.getParameterName() + "'");
	}

}
