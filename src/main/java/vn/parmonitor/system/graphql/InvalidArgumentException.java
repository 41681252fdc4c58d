package vn.parmonitor.system.graphql;

/**
 * A query argument outside what the API accepts (a page size above the cap, a foreign cursor, ...). Reported to
 * the client as a {@code BAD_REQUEST} error naming the argument; mutations report business problems as
 * {@code userErrors} instead.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return argument;
	}

}
