package vn.parmonitor.unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;
import vn.parmonitor.system.security.Authorization;

/**
 * Who may read a unit's data that is not public (unpublished scores, their history, evidence, contacts): the
 * Department, the council and the Steering Committee for every unit; a unit's officer for its own unit and the units
 * below it (so a province's officer reads its districts'); nobody anonymously.
 */
@Component
public class UnitReadAccess {

	private final UnitService units;

	UnitReadAccess(UnitService units) {
		this.units = units;
	}

	/**
	 * The units a listing of non-public records (notifications, the audit log) is limited to for the caller: null
	 * for every unit (the Department, the council, the Steering Committee), a unit officer's unit and those below it.
	 * A unit asked for outside them is refused, naming the officer's scope.
	 * @param asked the unit the caller filters on, if any
	 */
	public List<String> listingScope(String asked) {
		ApiPrincipal caller = ApiPrincipal.current().orElseThrow(() -> new AccessDeniedException("a token is needed"));
		if (caller.role() != ApiRole.UNIT) {
			return null;
		}
		List<String> scope = units.selfAndDescendantCodes(caller.unitCode());
		if (asked != null) {
			Authorization.requireScope(List.of(asked), () -> scope);
		}
		return scope;
	}

	/**
	 * Refuses the request unless the caller may read the unit's non-public data, saying who may.
	 * @param what what is asked, e.g. {@code "the forecast of unit 20"}
	 */
	public void require(String unitCode, String what) {
		if (unitCode != null && readable(Set.of(unitCode)).isEmpty()) {
			throw new AccessDeniedException(what + " rests on unpublished data: it is read by the unit's officers (and "
					+ "those of the units above it), the council, the Steering Committee and the Department");
		}
	}

	/** Of {@code unitCodes}, those whose non-public data the caller of the request may read (one query at most). */
	public Set<String> readable(Collection<String> unitCodes) {
		ApiPrincipal caller = ApiPrincipal.current().orElse(null);
		if (caller == null || unitCodes.isEmpty()) {
			return Set.of();
		}
		if (caller.role() != ApiRole.UNIT) {
			return new HashSet<>(unitCodes);
		}
		Set<String> readable = new HashSet<>();
		units.findAll(unitCodes).values().forEach(unit -> {
			if (unit.key().equals(caller.unitCode()) || unit.ancestorCodes().contains(caller.unitCode())) {
				readable.add(unit.key());
			}
		});
		return readable;
	}

}
