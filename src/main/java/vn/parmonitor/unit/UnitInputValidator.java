package vn.parmonitor.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Checks a batch of {@link UnitInput}s against each other and against the stored units they refer to: one error per
 * problem, each naming the input path and what would be accepted.
 */
final class UnitInputValidator {

	static final int MAX_BATCH = 1000;

	/** Longest succession chain followed when looking for a cycle. */
	static final int MAX_SUCCESSION_STEPS = 50;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

	private final List<UnitInput> inputs;

	private final Map<String, Unit> stored;

	private final Map<String, UnitInput> batch = new HashMap<>();

	private final List<UserError> errors = new ArrayList<>();

	/**
	 * @param inputs the batch
	 * @param stored the stored units that the batch names (its own codes, parents, successors)
	 */
	UnitInputValidator(List<UnitInput> inputs, Map<String, Unit> stored) {
		this.inputs = inputs;
		this.stored = stored;
	}

	/** The checks that need no store: the batch's size, and a successor named in one field only. */
	static List<UserError> validateShape(List<UnitInput> inputs) {
		if (inputs.isEmpty()) {
			return List.of(UserError.of(UserErrorCode.REQUIRED, "give at least one unit", "input", "units"));
		}
		if (inputs.size() > MAX_BATCH) {
			return List.of(UserError.of(UserErrorCode.TOO_MANY,
					"a batch holds at most " + MAX_BATCH + " units, got " + inputs.size(), "input", "units"));
		}
		List<UserError> errors = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			UnitInput input = inputs.get(i);
			if (input.successorCode() != null && input.successorCodes() != null && !input.successorCodes().isEmpty()) {
				errors.add(UserError.of(UserErrorCode.INVALID, "unit " + input.code() + ": give its successor in "
						+ "successorCode (one) or successorCodes (a split), not both", "input", "units", i,
						"successorCodes"));
			}
			if (input.key() != null && !CODE.matcher(input.key()).matches()) {
				errors.add(UserError.of(UserErrorCode.INVALID, "key '" + input.key()
						+ "' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit", "input",
						"units", i, "key"));
			}
		}
		return errors;
	}

	/** Checks the batch, its inputs keyed and the codes they name resolved to keys ({@link UnitBatchKeys}). */
	List<UserError> validate() {
		for (int i = 0; i < inputs.size(); i++) {
			UnitInput input = inputs.get(i);
			if (input.key() != null && batch.putIfAbsent(input.key(), input) != null) {
				error(UserErrorCode.DUPLICATE, "unit " + input.key() + " appears more than once in the batch", i, "code");
			}
		}
		for (int i = 0; i < inputs.size(); i++) {
			checkOne(i, inputs.get(i));
		}
		return errors;
	}

	private void checkOne(int i, UnitInput input) {
		if (input.code() == null || !CODE.matcher(input.code()).matches()) {
			error(UserErrorCode.INVALID, "code '" + input.code()
					+ "' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit", i, "code");
		}
		if (input.name() == null || input.name().isBlank()) {
			error(UserErrorCode.REQUIRED, "unit " + input.code() + " needs a name", i, "name");
		}
		if (input.validFrom() != null && input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
			error(UserErrorCode.OUT_OF_RANGE, "unit " + input.code() + ": validTo " + input.validTo()
					+ " is before validFrom " + input.validFrom(), i, "validTo");
		}
		checkParent(i, input);
		checkSuccessors(i, input);
	}

	private void checkParent(int i, UnitInput input) {
		if (input.kind() == null) {
			error(UserErrorCode.REQUIRED, "unit " + input.code() + " needs a kind", i, "kind");
			return;
		}
		Set<UnitKind> allowed = input.kind().allowedParentKinds();
		if (input.parentCode() == null) {
			if (!allowed.isEmpty()) {
				error(UserErrorCode.REQUIRED, "a " + input.kind() + " needs a parent of kind " + sorted(allowed), i,
						"parentCode");
			}
			return;
		}
		UnitKind parentKind = kindOf(input.parentCode());
		if (parentKind == null) {
			error(UserErrorCode.NOT_FOUND, "parent unit " + input.parentCode() + " does not exist", i, "parentCode");
		}
		else if (!allowed.contains(parentKind)) {
			error(UserErrorCode.INVALID, "a " + input.kind() + " cannot sit under a " + parentKind + " ("
					+ input.parentCode() + "); accepted parent kinds: "
					+ (allowed.isEmpty() ? "none, it stands at the top" : sorted(allowed)), i, "parentCode");
		}
		else if (formsCycle(input.key(), input.parentCode())) {
			error(UserErrorCode.INVALID, "unit " + input.code() + " cannot sit under " + input.parentCode()
					+ ": that unit is below it", i, "parentCode");
		}
	}

	private void checkSuccessors(int i, UnitInput input) {
		List<String> successors = input.successors();
		String field = successors.size() > 1 ? "successorCodes" : "successorCode";
		if (successors.isEmpty()) {
			if (input.successionKind() != null) {
				error(UserErrorCode.REQUIRED, "unit " + input.code() + ": successionKind " + input.successionKind()
						+ " needs the units that took over (successorCode or successorCodes)", i, "successionKind");
			}
			return;
		}
		if (input.successionKind() == SuccessionKind.SPLIT_INTO && successors.size() < 2) {
			error(UserErrorCode.INVALID, "unit " + input.code() + ": a split (SPLIT_INTO) needs at least two successors "
					+ "in successorCodes, got " + successors.size(), i, "successorCodes");
		}
		if (input.successionKind() != null && input.successionKind() != SuccessionKind.SPLIT_INTO
				&& successors.size() > 1) {
			error(UserErrorCode.INVALID, "unit " + input.code() + ": " + input.successionKind()
					+ " has one successor; several successors (" + successors.size() + ") make a split (SPLIT_INTO)", i,
					"successionKind");
		}
		if (new HashSet<>(successors).size() < successors.size()) {
			error(UserErrorCode.DUPLICATE, "unit " + input.code() + " names a successor twice: " + successors, i, field);
		}
		for (String successor : successors) {
			if (successor.equals(input.key())) {
				error(UserErrorCode.INVALID, "unit " + input.code() + " cannot succeed itself", i, field);
			}
			else if (kindOf(successor) == null) {
				error(UserErrorCode.NOT_FOUND, "successor unit " + successor + " does not exist", i, field);
			}
			else if (successionReturnsTo(input.key(), successor)) {
				error(UserErrorCode.INVALID, "unit " + input.code() + " cannot be succeeded by " + successor + ": "
						+ successor + " is itself succeeded, directly or through others, by " + input.code(), i, field);
			}
		}
		if (input.validTo() == null) {
			error(UserErrorCode.REQUIRED,
					"unit " + input.code() + " has a successor, so it needs validTo (its last day)", i, "validTo");
		}
	}

	/**
	 * Follows the successors from {@code successor} through the batch and the store (breadth first, a bounded number of
	 * steps); meeting {@code key} is a cycle.
	 */
	private boolean successionReturnsTo(String key, String successor) {
		Set<String> seen = new HashSet<>();
		List<String> frontier = List.of(successor);
		for (int step = 0; !frontier.isEmpty() && step <= MAX_SUCCESSION_STEPS; step++) {
			List<String> next = new ArrayList<>();
			for (String current : frontier) {
				if (current.equals(key)) {
					return true;
				}
				if (seen.add(current)) {
					UnitInput inBatch = batch.get(current);
					Unit inStore = stored.get(current);
					next.addAll(inBatch != null ? inBatch.successors()
							: inStore != null ? inStore.successorCodes() : List.of());
				}
			}
			frontier = next;
		}
		return false;
	}

	/** Walks up from {@code parentCode} through the batch and the store; meeting {@code code} means a cycle. */
	private boolean formsCycle(String code, String parentCode) {
		Set<String> seen = new HashSet<>();
		String current = parentCode;
		while (current != null && seen.add(current)) {
			if (current.equals(code)) {
				return true;
			}
			UnitInput inBatch = batch.get(current);
			if (inBatch != null) {
				current = inBatch.parentCode();
			}
			else {
				Unit inStore = stored.get(current);
				if (inStore != null && inStore.ancestorCodes().contains(code)) {
					return true;
				}
				current = null;
			}
		}
		return current != null;
	}

	private UnitKind kindOf(String code) {
		UnitInput inBatch = batch.get(code);
		if (inBatch != null) {
			return inBatch.kind();
		}
		Unit inStore = stored.get(code);
		return inStore == null ? null : inStore.kind();
	}

	private static List<UnitKind> sorted(Set<UnitKind> kinds) {
		return kinds.stream().sorted().toList();
	}

	private void error(UserErrorCode code, String message, int index, String field) {
		errors.add(UserError.of(code, message, "input", "units", index, field));
	}

}
