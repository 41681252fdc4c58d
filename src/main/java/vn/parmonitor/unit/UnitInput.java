package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit to create or replace (GraphQL {@code UnitInput}); see {@link Unit} for the fields. Codes that it names
 * (its parent, its successors) are resolved to the unit they name on the day they matter, see {@link UnitBatchKeys}.
 *
 * @param key the key of the unit meant, when its code alone does not say (a code that named several units)
 * @param successorCode the one unit that took over (a merger, a renaming)
 * @param successorCodes the units that took over, for a split; not with {@code successorCode}
 * @param successionKind how they took over: default {@code MERGED_INTO} for one successor, {@code SPLIT_INTO} for
 *     several
 */
public record UnitInput(String code, String name, String shortName, String nameEn, UnitKind kind, String parentCode,
		LocalDate validFrom, LocalDate validTo, String successorCode, String source, String key,
		List<String> successorCodes, SuccessionKind successionKind) {

	/** The successors it names, whichever field names them. */
	List<String> successors() {
		if (successorCodes != null && !successorCodes.isEmpty()) {
			return successorCodes;
		}
		return successorCode == null ? List.of() : List.of(successorCode);
	}

}
