package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * An administrative unit: a province, district, commune, department or ministry.
 *
 * @param key the unit's stable identity, which every other record names it by: its code, or its code and first day
 *     ({@code 24_2025-07-01}) when the code named an earlier unit (issue 10: old Bắc Giang and new Bắc Ninh are both 24)
 * @param officialCode GSO code (provinces, districts, communes) or an agency code (departments, ministries), valid
 *     while the unit exists; stored as {@code code}
 * @param name official Vietnamese name with its type, e.g. {@code Huyện Văn Quan}
 * @param shortName the name without its type, e.g. {@code Văn Quan}
 * @param nameEn optional English name
 * @param kind what kind of unit it is
 * @param parentCode the key of the unit above it, or {@code null} at the top
 * @param ancestorCodes every unit above it, top first (parent last): finds ancestors and descendants in one query
 * @param validFrom first day the unit exists, when known
 * @param validTo last day the unit exists (merged or abolished), or {@code null} while it exists
 * @param successorCodes the keys of the units that took over after {@code validTo}: one after a merger or a renaming,
 *     several after a split
 * @param successionKind how they took over; null when nobody did
 * @param searchTokens lower-case words of its names without diacritics, for accent-insensitive search
 * @param source where the record comes from (e.g. the GSO list)
 * @param parentHistory the parents it had before its current one, oldest first: moving a commune keeps who its
 *     parent was (issue 10, hierarchy over time)
 * @param parentSince the first day under the current parent; null when it never moved
 */
@Document("units")
@CompoundIndex(name = "parent_code", def = "{'parentCode': 1, '_id': 1}")
@CompoundIndex(name = "kind_code", def = "{'kind': 1, '_id': 1}")
@CompoundIndex(name = "earlier_parent", def = "{'parentHistory.parentCode': 1}")
public record Unit(@Id String key, @Indexed @Field("code") String officialCode, String name, String shortName,
		String nameEn, UnitKind kind, String parentCode, @Indexed List<String> ancestorCodes, LocalDate validFrom,
		LocalDate validTo, @Indexed(sparse = true) List<String> successorCodes, SuccessionKind successionKind,
		@Indexed List<String> searchTokens, String source, List<ParentPeriod> parentHistory, LocalDate parentSince)
		implements NodeObject {

	public Unit {
		// Records stored before units had keys apart from their codes hold no code: theirs is their key.
		officialCode = officialCode == null ? key : officialCode;
		ancestorCodes = ancestorCodes == null ? List.of() : List.copyOf(ancestorCodes);
		successorCodes = successorCodes == null ? List.of() : List.copyOf(successorCodes);
		searchTokens = searchTokens == null ? List.of() : List.copyOf(searchTokens);
		parentHistory = parentHistory == null ? List.of() : List.copyOf(parentHistory);
	}

	/** The first unit that took over, or null: the successor of a merger or a renaming. */
	public String successorCode() {
		return successorCodes.isEmpty() ? null : successorCodes.get(0);
	}

	/** The same unit with other ancestors (its parent's path changed). */
	Unit withAncestors(List<String> ancestors) {
		return new Unit(key, officialCode, name, shortName, nameEn, kind, parentCode, ancestors, validFrom, validTo,
				successorCodes, successionKind, searchTokens, source, parentHistory, parentSince);
	}

	/** The unit's parent on {@code day}: the current one since it moved there, an earlier one before. */
	public String parentOn(LocalDate day) {
		if (parentSince == null || !day.isBefore(parentSince)) {
			return parentCode;
		}
		return parentHistory.stream().filter(period -> period.covers(day)).map(ParentPeriod::parentCode).findFirst()
			.orElse(null);
	}

	/** Whether the unit exists on {@code day}: open dates are unbounded. */
	public boolean activeOn(LocalDate day) {
		return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
	}

	/**
	 * Why the unit can have no data about the days {@code from} to {@code to} (it existed on none of them), naming its
	 * validity; empty when it existed on at least one.
	 */
	public java.util.Optional<String> notValidDuring(LocalDate from, LocalDate to) {
		boolean endedBefore = validTo != null && validTo.isBefore(from);
		boolean startedAfter = validFrom != null && validFrom.isAfter(to);
		if (!endedBefore && !startedAfter) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of("unit " + described() + " exists " + validity(validFrom, validTo)
				+ ", not during " + from + " to " + to);
	}

	/** A validity in words: {@code from 2025-07-01}, {@code to 2025-06-30}, {@code from … to …}, {@code always}. */
	static String validity(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			return "always";
		}
		return (from == null ? "" : "from " + from) + (from != null && to != null ? " " : "")
				+ (to == null ? "" : "to " + to);
	}

	/** The code, name and, when it differs, key, for messages: {@code 24 (Tỉnh Bắc Ninh, key 24_2025-07-01)}. */
	public String described() {
		return officialCode + " (" + name + (key.equals(officialCode) ? "" : ", key " + key) + ")";
	}

	/** The code, with the key when they differ, for messages: {@code 24 (key 24_2025-07-01)}. */
	public String label() {
		return key.equals(officialCode) ? key : officialCode + " (key " + key + ")";
	}

	/** Whether the unit existed on at least one day from {@code from} to {@code to} (open ends unbounded). */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return (validTo == null || from == null || !validTo.isBefore(from))
				&& (validFrom == null || to == null || !validFrom.isAfter(to));
	}

	/**
	 * The key's hash alone. Equality stays the record's (every component; equal units have equal keys, so the two
	 * agree), while the batch look-ups that key their maps by unit (a page of 100 targets, several fields each)
	 * no longer hash every component, lists included, at each look-up: about 4% of such a page's CPU.
	 */
	@Override
	public int hashCode() {
		return key == null ? 0 : key.hashCode();
	}

	@Override
	public String nodeType() {
		return "Unit";
	}

	@Override
	public String nodeKey() {
		return key;
	}

}
