package vn.parmonitor.system.security;

import java.util.Collection;

import org.springframework.security.access.AccessDeniedException;

/**
 * Checks that a {@link ApiRole#UNIT} caller acts only for its own unit or the units below it. The other roles are
 * not bound to a unit (the Department and the council act for all units); which of them may do what is decided by
 * each mutation's {@code @PreAuthorize}.
 */
public final class Authorization {

	private Authorization() {
	}

	/**
	 * @param unitCodes the units the caller acts for
	 * @param selfAndDescendants the caller's unit and every unit below it
	 */
	public static void requireScope(Collection<String> unitCodes, java.util.function.Supplier<Collection<String>> selfAndDescendants) {
		ApiPrincipal principal = ApiPrincipal.current().orElseThrow(() -> new AccessDeniedException("An API token is required"));
		if (principal.role() != ApiRole.UNIT) {
			return;
		}
		Collection<String> allowed = selfAndDescendants.get();
		for (String unitCode : unitCodes) {
			if (!allowed.contains(unitCode)) {
				throw new AccessDeniedException(outOfScope(principal, unitCode));
			}
		}
	}

	/** Why a UNIT caller may not act for a unit (the same words for a mutation and a spreadsheet row). */
	public static String outOfScope(ApiPrincipal principal, String unitCode) {
		return "Token '" + principal.name() + "' speaks for unit " + principal.unitCode()
				+ " and the units below it, not for unit " + unitCode;
	}

}
