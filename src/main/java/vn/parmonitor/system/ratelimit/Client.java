package vn.parmonitor.system.ratelimit;

/**
 * Whom a request's limits are counted against: an API token (by its name) or, without one, the caller's address.
 *
 * @param name the token's name or the address
 * @param anonymous whether no token was sent
 */
public record Client(String name, boolean anonymous) {

	public static Client token(String name) {
		return new Client(name, false);
	}

	public static Client address(String address) {
		return new Client(address == null ? "unknown" : address, true);
	}

	String key() {
		return (anonymous ? "address:" : "token:") + name;
	}

	/** How the client is named in messages. */
	public String describe() {
		return anonymous ? "address " + name + " (no API token)" : "token '" + name + "'";
	}

}
