package vn.parmonitor.unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;

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
			if (unit.code().equals(caller.unitCode()) || unit.ancestorCodes().contains(caller.unitCode())) {
				readable.add(unit.code());
			}
		});
		return readable;
	}

}
