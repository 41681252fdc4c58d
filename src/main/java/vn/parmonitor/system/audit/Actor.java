package vn.parmonitor.system.audit;

import vn.parmonitor.system.security.ApiPrincipal;

/**
 * Who made a change: the person or machine behind the token of the request, or the server itself (the demo loader,
 * a start-up import) when no request is behind it.
 *
 * @param name the token's name or the person's user name (e.g. {@code van-quan-officer})
 * @param role the role it acted in ({@code ADMIN}, {@code APPRAISER}, {@code UNIT}, {@code VIEWER}, or {@code SYSTEM})
 * @param unitCode the unit a UNIT officer speaks for, otherwise null
 */
public record Actor(String name, String role, String unitCode) {

	public static final String SYSTEM_ROLE = "SYSTEM";

	/** The caller of the current request, or the server when the change is its own. */
	public static Actor current() {
		return ApiPrincipal.current()
			.map(principal -> new Actor(principal.name(), principal.role().name(), principal.unitCode()))
			.orElseGet(() -> system("server"));
	}

	/** The server acting on its own, e.g. {@code system("demo data")}. */
	public static Actor system(String what) {
		return new Actor(what, SYSTEM_ROLE, null);
	}

}
