package vn.parmonitor.system.ratelimit;

import vn.parmonitor.system.security.ApiPrincipal;

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

	/** The client of the current request: its token, or else {@code address}. */
	public static Client current(String address) {
		return ApiPrincipal.current().map(principal -> token(principal.name())).orElseGet(() -> address(address));
	}

	String key() {
		return (anonymous ? "address:" : "token:") + name;
	}

	/** How the client is named in messages. */
	public String describe() {
		return anonymous ? "address " + name + " (no API token)" : "token '" + name + "'";
	}

}
