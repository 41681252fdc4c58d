package vn.parmonitor.system.http;

import org.springframework.http.HttpStatus;

/**
 * A request to a plain HTTP endpoint (imports, templates, exports, reports) refused before any work, with its status
 * and the parameter or form field at fault; answered as a problem detail ({@link HttpRefusalAdvice}).
 */
public class HttpRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	public HttpRefusal(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	public HttpStatus status() {
		return status;
	}

	public String field() {
		return field;
	}

	/** A year given as a request parameter: a number from 2000 to 2100. */
	public static int year(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year < 2000 || year > 2100) {
				throw new HttpRefusal(HttpStatus.BAD_REQUEST, "year", "year " + year + " is outside 2000 to 2100");
			}
			return year;
		}
		catch (NumberFormatException ex) {
			throw new HttpRefusal(HttpStatus.BAD_REQUEST, "year", "year '" + text + "' is not a year (e.g. 2023)");
		}
	}

}
