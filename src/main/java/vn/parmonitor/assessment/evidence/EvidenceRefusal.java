package vn.parmonitor.assessment.evidence;

import org.springframework.http.HttpStatus;

/** Why an upload, a download or a removal is refused: the HTTP status, the field at fault and what to do. */
class EvidenceRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	EvidenceRefusal(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	HttpStatus status() {
		return status;
	}

	String field() {
		return field;
	}

}
