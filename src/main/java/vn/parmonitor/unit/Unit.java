package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * An administrative unit: a province, district, commune, department or ministry.
 *
 * @param code GSO code (provinces, districts, communes) or an agency code (departments, ministries); the key
 * @param name official Vietnamese name with its type, e.g. {@code Huyện Văn Quan}
 * @param shortName the name without its type, e.g. {@code Văn Quan}
 * @param nameEn optional English name
 * @param kind what kind of unit it is
 * @param parentCode the unit above it, or {@code null} at the top
 * @param ancestorCodes every unit above it, top first (parent last): finds ancestors and descendants in one query
 * @param validFrom first day the unit exists, when known
 * @param validTo last day the unit exists (merged or abolished), or {@code null} while it exists
 * @param successorCode the unit that took over after {@code validTo}, if any
 * @param searchTokens lower-case words of its names without diacritics, for accent-insensitive search
 * @param source where the record comes from (e.g. the GSO list)
 * @param parentHistory the parents it had before its current one, oldest first: moving a commune keeps who its
 *     parent was (issue 10, hierarchy over time)
 * @param parentSince the first day under the current parent; null when it never moved
 */
@Document("units")
@CompoundIndex(name = "parent_code", def = "{'parentCode': 1, 'code': 1}")
@CompoundIndex(name = "kind_code", def = "{'kind': 1, 'code': 1}")
@CompoundIndex(name = "earlier_parent", def = "{'parentHistory.parentCode': 1}")
public record Unit(@Id String code, String name, String shortName, String nameEn, UnitKind kind, String parentCode,
		@Indexed List<String> ancestorCodes, LocalDate validFrom, LocalDate validTo,
		@Indexed(sparse = true) String successorCode, @Indexed List<String> searchTokens, String source,
		List<ParentPeriod> parentHistory, LocalDate parentSince) implements NodeObject {

	public Unit {
		ancestorCodes = ancestorCodes == null ? List.of() : List.copyOf(ancestorCodes);
		searchTokens = searchTokens == null ? List.of() : List.copyOf(searchTokens);
		parentHistory = parentHistory == null ? List.of() : List.copyOf(parentHistory);
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
		String validity = (validFrom == null ? "" : "from " + validFrom) + (validFrom != null && validTo != null ? " " : "")
				+ (validTo == null ? "" : "to " + validTo);
		return java.util.Optional.of("unit " + code + " (" + name + ") exists " + validity + ", not during " + from
				+ " to " + to);
	}

	@Override
	public String nodeType() {
		return "Unit";
	}

	@Override
	public String nodeKey() {
		return code;
	}

}
