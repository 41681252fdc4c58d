package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Says which unit each input of an {@code upsertUnits} batch means, and which units the codes it names mean, now that
 * a code may name different units at different times (old Bắc Giang until 2025-06-30 and the new Bắc Ninh from
 * 2025-07-01 are both 24).
 * <ul>
 * <li>An input with a {@code key} means that unit. Otherwise it means the stored unit with its code whose validity
 * overlaps the input's; when none does, a new unit, keyed by its code, or by its code and first day
 * ({@code 24_2025-07-01}) when the code already names another unit. Several inputs with one code are matched in the
 * order of their first days, so that one batch can close the old unit and open the new one.</li>
 * <li>A code never names two units on one day.</li>
 * <li>A parent code names the unit with that code on the child's last day (today while it exists); a successor code
 * the unit with that code on the day after the unit's last day; a key names its unit whatever the day.</li>
 * </ul>
 */
final class UnitBatchKeys {

	private final List<UnitInput> inputs;

	private final Map<String, Unit> storedByKey = new HashMap<>();

	private final LocalDate today;

	private final List<UserError> errors = new ArrayList<>();

	/** Every unit that holds each code once the batch is written: the batch's own and the stored ones it leaves. */
	private final Map<String, List<Holder>> holdersByCode = new HashMap<>();

	private final Set<String> keysAfter = new HashSet<>();

	/**
	 * @param stored the stored units whose key or code the batch names (as code, key, parent or successor)
	 * @param today the day moves and open validities are judged on
	 */
	UnitBatchKeys(List<UnitInput> inputs, List<Unit> stored, LocalDate today) {
		this.inputs = inputs;
		this.today = today;
		stored.forEach(unit -> storedByKey.put(unit.key(), unit));
	}

	/** The inputs with their keys, and with keys for the codes they name, in input order; or the errors. */
	Result resolve() {
		String[] keys = assignKeys();
		if (!errors.isEmpty()) {
			return new Result(List.of(), errors);
		}
		collectHolders(keys);
		checkOneUnitPerCodeAndDay(keys);
		if (!errors.isEmpty()) {
			return new Result(List.of(), errors);
		}
		List<UnitInput> keyed = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			UnitInput input = inputs.get(i);
			LocalDate lastDay = input.validTo() != null ? input.validTo()
					: input.validFrom() != null && input.validFrom().isAfter(today) ? input.validFrom() : today;
			LocalDate takeOver = input.validTo() == null ? lastDay : input.validTo().plusDays(1);
			String parent = input.parentCode() == null ? null : keyNamed(input.parentCode(), lastDay);
			List<String> successors = input.successors().stream().map(code -> keyNamed(code, takeOver)).toList();
			keyed.add(new UnitInput(input.code(), input.name(), input.shortName(), input.nameEn(), input.kind(), parent,
					input.validFrom(), input.validTo(), null, input.source(), keys[i], successors,
					input.successionKind()));
		}
		return new Result(keyed, List.of());
	}

	/** Which unit each input means; inputs of one code in the order of their first days. */
	private String[] assignKeys() {
		String[] keys = new String[inputs.size()];
		Map<String, List<Integer>> byCode = new LinkedHashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			UnitInput input = inputs.get(i);
			if (input.key() != null) {
				keys[i] = input.key();
			}
			else if (input.code() != null) {
				byCode.computeIfAbsent(input.code(), code -> new ArrayList<>()).add(i);
			}
		}
		Set<String> claimed = new HashSet<>();
		for (String key : keys) {
			if (key != null) {
				claimed.add(key);
			}
		}
		byCode.forEach((code, indexes) -> {
			indexes.sort(Comparator.comparing((Integer i) -> inputs.get(i).validFrom(),
					Comparator.nullsFirst(Comparator.naturalOrder())));
			for (int i : indexes) {
				keys[i] = keyFor(i, inputs.get(i), claimed);
				if (keys[i] != null) {
					claimed.add(keys[i]);
				}
			}
		});
		return keys;
	}

	private String keyFor(int index, UnitInput input, Set<String> claimed) {
		List<Unit> overlapping = storedByKey.values()
			.stream()
			.filter(unit -> unit.officialCode().equals(input.code()) && !claimed.contains(unit.key()))
			.filter(unit -> unit.overlaps(input.validFrom(), input.validTo()))
			.sorted(Comparator.comparing(Unit::key))
			.toList();
		if (overlapping.size() > 1) {
			error(UserErrorCode.INVALID, "code " + input.code() + " names several units during the dates given: "
					+ overlapping.stream().map(UnitBatchKeys::described).toList() + "; give the key of the one meant",
					index, "key");
			return null;
		}
		if (overlapping.size() == 1) {
			Unit meant = overlapping.get(0);
			if (input.validFrom() != null && !input.validFrom().equals(meant.validFrom())) {
				error(UserErrorCode.INVALID, "code " + input.code() + " names " + described(meant)
						+ ": to open another unit with this code, give that one its last day (validTo) first or in the "
						+ "same batch; to change its first day, give its key " + meant.key(), index, "validFrom");
				return null;
			}
			return meant.key();
		}
		if (!storedByKey.containsKey(input.code()) && !claimed.contains(input.code())) {
			return input.code();
		}
		if (input.validFrom() == null) {
			error(UserErrorCode.REQUIRED, "code " + input.code() + " already names another unit; a new unit with it "
					+ "needs its first day (validFrom), or give the key of the unit meant", index, "validFrom");
			return null;
		}
		return input.code() + "_" + input.validFrom();
	}

	private void collectHolders(String[] keys) {
		Set<String> batchKeys = new HashSet<>(List.of(keys));
		for (int i = 0; i < inputs.size(); i++) {
			UnitInput input = inputs.get(i);
			if (input.code() != null) {
				holdersByCode.computeIfAbsent(input.code(), code -> new ArrayList<>())
					.add(new Holder(keys[i], i, input.validFrom(), input.validTo()));
			}
		}
		storedByKey.values().stream().filter(unit -> !batchKeys.contains(unit.key())).forEach(unit -> {
			holdersByCode.computeIfAbsent(unit.officialCode(), code -> new ArrayList<>())
				.add(new Holder(unit.key(), -1, unit.validFrom(), unit.validTo()));
			keysAfter.add(unit.key());
		});
		keysAfter.addAll(batchKeys);
	}

	private void checkOneUnitPerCodeAndDay(String[] keys) {
		holdersByCode.forEach((code, holders) -> {
			for (Holder input : holders) {
				if (input.index() < 0) {
					continue;
				}
				for (Holder other : holders) {
					if (other != input && !other.key().equals(input.key()) && input.overlaps(other)
							&& (other.index() < 0 || other.index() < input.index())) {
						error(UserErrorCode.INVALID, "code " + code + " would name two units at once: " + input.key()
								+ " " + Unit.validity(input.from(), input.to()) + " and " + other.key() + " "
								+ Unit.validity(other.from(), other.to()) + "; a code names one unit at a time", input.index(),
								"validFrom");
					}
				}
			}
		});
	}

	/** The key of the unit that {@code reference} names on {@code day}; the reference itself when it names none. */
	private String keyNamed(String reference, LocalDate day) {
		List<Holder> holders = holdersByCode.getOrDefault(reference, List.of());
		for (Holder holder : holders) {
			if (holder.covers(day)) {
				return holder.key();
			}
		}
		if (keysAfter.contains(reference) || holders.isEmpty()) {
			return reference;
		}
		// The code named units before and after the day but none on it: the latest one before it.
		return holders.stream()
			.filter(holder -> holder.to() != null && holder.to().isBefore(day))
			.max(Comparator.comparing(Holder::to))
			.orElse(holders.get(0))
			.key();
	}

	private static String described(Unit unit) {
		return unit.key() + " (" + unit.name() + ", " + Unit.validity(unit.validFrom(), unit.validTo()) + ")";
	}

	private void error(UserErrorCode code, String message, int index, String field) {
		errors.add(UserError.of(code, message, "input", "units", index, field));
	}

	record Result(List<UnitInput> keyed, List<UserError> errors) {
	}

	/** A unit that holds a code for a period; {@code index} is its place in the batch, -1 when it is stored only. */
	private record Holder(String key, int index, LocalDate from, LocalDate to) {

		boolean covers(LocalDate day) {
			return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
		}

		boolean overlaps(Holder other) {
			return (to == null || other.from == null || !to.isBefore(other.from))
					&& (from == null || other.to == null || !from.isAfter(other.to));
		}

	}

}
