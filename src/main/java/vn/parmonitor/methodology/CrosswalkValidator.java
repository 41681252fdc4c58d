package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parmonitor.methodology.MethodologyInput.CriterionInput;
import vn.parmonitor.methodology.MethodologyInput.CrosswalkInput;
import vn.parmonitor.methodology.MethodologyInput.MappingInput;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Checks the crosswalks of a methodology to import against its own tree and the earlier trees they name: an earlier
 * methodology of the same unit kind, components on both sides (each at most once per side), weights that share the
 * earlier points out (one per target component, each above 0, summing to 1). Every problem is reported with its
 * path, e.g. {@code input.crosswalks.0.mappings.3.from.1}.
 */
final class CrosswalkValidator {

	static final int MAX_CROSSWALKS = 10;

	static final int MAX_MAPPINGS = 2000;

	private final List<UserError> errors = new ArrayList<>();

	private CrosswalkValidator() {
	}

	/** @param earlier the stored methodologies the crosswalks name, by code */
	static List<UserError> validate(MethodologyInput input, Map<String, Methodology> earlier) {
		CrosswalkValidator validator = new CrosswalkValidator();
		List<CrosswalkInput> crosswalks = input.crosswalksOrEmpty();
		if (crosswalks.size() > MAX_CROSSWALKS) {
			validator.errors.add(UserError.of(UserErrorCode.TOO_MANY, "a methodology holds at most " + MAX_CROSSWALKS
					+ " crosswalks, got " + crosswalks.size(), "input", "crosswalks"));
			return validator.errors;
		}
		Set<String> components = new HashSet<>();
		collectComponents(input.fields() == null ? List.of() : input.fields(), 1, components);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < crosswalks.size(); i++) {
			validator.check(i, crosswalks.get(i), input, components, earlier, seen);
		}
		return validator.errors;
	}

	private void check(int index, CrosswalkInput crosswalk, MethodologyInput input, Set<String> components,
			Map<String, Methodology> earlier, Set<String> seen) {
		List<String> path = List.of("input", "crosswalks", String.valueOf(index));
		String from = crosswalk == null ? null : crosswalk.fromMethodologyCode();
		Methodology source = from == null ? null : earlier.get(from);
		if (from == null) {
			error(UserErrorCode.REQUIRED, "a crosswalk needs fromMethodologyCode, the earlier methodology it maps", path,
					"fromMethodologyCode");
			return;
		}
		if (!seen.add(from)) {
			error(UserErrorCode.DUPLICATE, "methodology " + from + " has two crosswalks; give one", path,
					"fromMethodologyCode");
			return;
		}
		if (source == null || from.equals(input.code())) {
			error(UserErrorCode.NOT_FOUND, "crosswalk from " + from + ": no earlier methodology " + from
					+ " is stored; import it first", path, "fromMethodologyCode");
			return;
		}
		if (source.unitKind() != input.unitKind() || input.year() == null || source.year() >= input.year()) {
			error(UserErrorCode.INVALID, "crosswalk from " + from + ": it must map an earlier methodology (first year "
					+ "before " + input.year() + ") of the same unit kind (" + input.unitKind() + "); " + from
					+ " scores " + source.unitKind() + " from " + source.year(), path, "fromMethodologyCode");
			return;
		}
		List<MappingInput> mappings = crosswalk.mappingsOrEmpty();
		if (mappings.isEmpty() || mappings.size() > MAX_MAPPINGS) {
			error(mappings.isEmpty() ? UserErrorCode.REQUIRED : UserErrorCode.TOO_MANY, "crosswalk from " + from
					+ " needs 1 to " + MAX_MAPPINGS + " mappings, got " + mappings.size(), path, "mappings");
			return;
		}
		Set<String> earlierComponents = new HashSet<>();
		source.nodes().stream().filter(node -> node.level() == NodeLevel.COMPONENT)
			.forEach(node -> earlierComponents.add(node.code()));
		Map<String, Integer> fromSeen = new HashMap<>();
		Map<String, Integer> toSeen = new HashMap<>();
		for (int m = 0; m < mappings.size(); m++) {
			List<String> here = new ArrayList<>(path);
			here.add("mappings");
			here.add(String.valueOf(m));
			MappingInput mapping = mappings.get(m);
			if (mapping == null) {
				error(UserErrorCode.REQUIRED, "mapping " + m + " is empty", here, null);
				continue;
			}
			checkSide(mapping.fromOrEmpty(), "from", earlierComponents, from, fromSeen, m, here);
			checkSide(mapping.toOrEmpty(), "to", components, input.code(), toSeen, m, here);
			checkWeights(mapping, here);
		}
	}

	private void checkSide(List<String> codes, String side, Set<String> known, String methodologyCode,
			Map<String, Integer> seen, int mapping, List<String> path) {
		if (codes.isEmpty()) {
			error(UserErrorCode.REQUIRED, "mapping " + mapping + " needs at least one component in '" + side + "'", path,
					side);
			return;
		}
		for (int c = 0; c < codes.size(); c++) {
			String code = codes.get(c);
			List<String> here = new ArrayList<>(path);
			here.add(side);
			if (!known.contains(code)) {
				error(UserErrorCode.NOT_FOUND, "mapping " + mapping + ": " + code + " is not a component of "
						+ methodologyCode, here, String.valueOf(c));
				continue;
			}
			Integer before = seen.putIfAbsent(code, mapping);
			if (before != null) {
				error(UserErrorCode.DUPLICATE, "component " + code + " of " + methodologyCode + " is in mappings " + before
						+ " and " + mapping + "; a component maps once (list several components in one mapping for a "
						+ "split or a merge)", here, String.valueOf(c));
			}
		}
	}

	private void checkWeights(MappingInput mapping, List<String> path) {
		List<BigDecimal> weights = mapping.weightsOrEmpty();
		if (weights.isEmpty()) {
			return;
		}
		if (weights.size() != mapping.toOrEmpty().size()) {
			error(UserErrorCode.INVALID, "weights give each 'to' component its share of the earlier points: "
					+ mapping.toOrEmpty().size() + " expected, got " + weights.size(), path, "weights");
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (int w = 0; w < weights.size(); w++) {
			BigDecimal weight = weights.get(w);
			if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0 || weight.scale() > 4) {
				List<String> here = new ArrayList<>(path);
				here.add("weights");
				error(UserErrorCode.OUT_OF_RANGE, "weight " + weight + " must be above 0 and at most 1, with at most 4 "
						+ "decimals", here, String.valueOf(w));
				return;
			}
			sum = sum.add(weight);
		}
		if (sum.compareTo(BigDecimal.ONE) != 0) {
			error(UserErrorCode.INVALID, "the weights share out all the earlier points: they must sum to 1, got "
					+ sum.stripTrailingZeros().toPlainString(), path, "weights");
		}
	}

	private static void collectComponents(List<CriterionInput> nodes, int depth, Set<String> into) {
		for (CriterionInput node : nodes) {
			if (node == null) {
				continue;
			}
			if (NodeLevel.atDepth(depth) == NodeLevel.COMPONENT) {
				into.add(node.code());
			}
			collectComponents(node.childrenOrEmpty(), depth + 1, into);
		}
	}

	private void error(UserErrorCode code, String message, List<String> path, String field) {
		List<String> full = new ArrayList<>(path);
		if (field != null) {
			full.add(field);
		}
		errors.add(new UserError(full, message, code));
	}

}
