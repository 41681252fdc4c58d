package vn.parmonitor.spreadsheet;

import java.util.Optional;

import org.springframework.http.HttpStatus;

import vn.parmonitor.system.http.HttpRefusal;
import vn.parmonitor.system.security.ApiPrincipal;

/** A request for an import, a template or an export refused before any work, with its status and the field at fault. */
final class SpreadsheetRefusal extends HttpRefusal {

	SpreadsheetRefusal(HttpStatus status, String field, String message) {
		super(status, field, message);
	}

	/**
	 * Refuses (401 without a token, 403 with another role) unless the caller has a role that sends files of
	 * {@code kind}; {@code what} names the thing asked for, e.g. {@code "imports of scores"}.
	 */
	static void requireRole(ImportKind kind, String what) {
		Optional<ApiPrincipal> caller = ApiPrincipal.current();
		String roles = String.join(" or ", kind.roles().stream().map(Enum::name).sorted().toList());
		if (caller.isEmpty()) {
			throw new SpreadsheetRefusal(HttpStatus.UNAUTHORIZED, "Authorization", what + " are for tokens of role "
					+ roles + ": send the header 'Authorization: Bearer <token>'");
		}
		if (!kind.roles().contains(caller.get().role())) {
			throw new SpreadsheetRefusal(HttpStatus.FORBIDDEN, "Authorization", "token '" + caller.get().name()
					+ "' has role " + caller.get().role() + ": " + what + " are for " + roles);
		}
	}

}
