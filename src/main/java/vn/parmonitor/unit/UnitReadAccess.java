package vn.parmonitor.unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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
