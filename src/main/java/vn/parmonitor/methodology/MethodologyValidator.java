package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.parmonitor.methodology.MethodologyInput.CriterionInput;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Checks a whole criteria tree before anything is stored: unique codes, three levels with components only at the
 * leaves, children's maxima summing to their parent's, fields summing to the total, a method on every component.
 * It reports every problem it finds, each naming the node, so that a tree can be fixed in one pass.
 */
final class MethodologyValidator {

	static final int MAX_DECIMALS = 3;

	static final int MAX_NODES = 2000;

	private static final Pattern METHODOLOGY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,47}");

	private static final Pattern NODE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

	private final List<UserError> errors = new ArrayList<>();

	private final Set<String> codes = new HashSet<>();

	private int nodeCount;

	static List<UserError> validate(MethodologyInput input) {
		MethodologyValidator validator = new MethodologyValidator();
		validator.checkHeader(input);
		validator.checkFields(input);
		return validator.errors;
	}

	private void checkHeader(MethodologyInput input) {
		if (input.code() == null || !METHODOLOGY_CODE.matcher(input.code()).matches()) {
			error(UserErrorCode.INVALID, "methodology code '" + input.code()
					+ "' must be 1 to 48 letters, digits, '.', '_' or '-', e.g. PROVINCE-2022", "code");
		}
		if (isBlank(input.name())) {
			error(UserErrorCode.REQUIRED, "the methodology needs a name", "name");
		}
		if (input.unitKind() == null) {
			error(UserErrorCode.REQUIRED, "unitKind is required: the kind of unit the methodology scores", "unitKind");
		}
		if (input.year() == null || input.year() < 1990 || input.year() > 2100) {
			error(UserErrorCode.OUT_OF_RANGE, "year " + input.year() + " must be between 1990 and 2100", "year");
		}
		else if (input.lastYear() != null && (input.lastYear() < input.year() || input.lastYear() > 2100)) {
			error(UserErrorCode.OUT_OF_RANGE,
					"lastYear " + input.lastYear() + " must be between year " + input.year() + " and 2100", "lastYear");
		}
		checkPoints(input.totalMaximum(), "the methodology's totalMaximum", List.of("input"), "totalMaximum");
	}

	private void checkFields(MethodologyInput input) {
		List<CriterionInput> fields = input.fields() == null ? List.of() : input.fields();
		if (fields.isEmpty()) {
			error(UserErrorCode.STRUCTURE, "the methodology needs at least one field", "fields");
			return;
		}
		for (int i = 0; i < fields.size(); i++) {
			checkNode(fields.get(i), 1, List.of("input", "fields", String.valueOf(i)));
		}
		if (nodeCount > MAX_NODES) {
			error(UserErrorCode.TOO_MANY, "the tree has " + nodeCount + " nodes; at most " + MAX_NODES + " are accepted",
					"fields");
		}
		BigDecimal sum = sumOfMaxima(fields);
		if (sum != null && input.totalMaximum() != null && sum.compareTo(input.totalMaximum()) != 0) {
			error(UserErrorCode.SUM_MISMATCH, "the fields' maxima sum to " + plain(sum)
					+ " but totalMaximum is " + plain(input.totalMaximum()), "totalMaximum");
		}
	}

	private void checkNode(CriterionInput node, int depth, List<String> path) {
		nodeCount++;
		NodeLevel level = NodeLevel.atDepth(depth);
		String label = describe(node, level);
		if (node.code() == null || !NODE_CODE.matcher(node.code()).matches()) {
			errorAt(UserErrorCode.INVALID, label + ": code '" + node.code()
					+ "' must be 1 to 32 letters, digits, '.', '_' or '-'", path, "code");
		}
		else if (!codes.add(node.code())) {
			errorAt(UserErrorCode.DUPLICATE, "code " + node.code() + " is used by more than one node", path, "code");
		}
		if (isBlank(node.name())) {
			errorAt(UserErrorCode.REQUIRED, label + " needs a name", path, "name");
		}
		if (level == null) {
			errorAt(UserErrorCode.STRUCTURE, label + " is nested " + depth
					+ " levels deep; a tree has three levels: field, criterion, component", path, "code");
			return;
		}
		if (node.level() != null && node.level() != level) {
			errorAt(UserErrorCode.STRUCTURE, label + " is declared " + node.level() + " but stands at the " + level
					+ " level (depth " + depth + ")", path, "level");
		}
		checkPoints(node.maxPoints(), label + "'s maxPoints", path, "maxPoints");
		checkMethod(node, level, label, path);
		List<CriterionInput> children = node.childrenOrEmpty();
		if (level != NodeLevel.COMPONENT && children.isEmpty()) {
			errorAt(UserErrorCode.STRUCTURE, label + " has no " + (level == NodeLevel.FIELD ? "criteria" : "components")
					+ "; only components are scored, so every field needs criteria and every criterion components",
					path, "children");
		}
		for (int i = 0; i < children.size(); i++) {
			checkNode(children.get(i), depth + 1, append(path, "children", String.valueOf(i)));
		}
		if (level == NodeLevel.COMPONENT) {
			return;
		}
		BigDecimal sum = sumOfMaxima(children);
		if (sum != null && node.maxPoints() != null && !children.isEmpty() && sum.compareTo(node.maxPoints()) != 0) {
			errorAt(UserErrorCode.SUM_MISMATCH, "the children of " + label + " sum to " + plain(sum)
					+ " points but its maxPoints is " + plain(node.maxPoints()), path, "maxPoints");
		}
	}

	private void checkMethod(CriterionInput node, NodeLevel level, String label, List<String> path) {
		if (level == NodeLevel.COMPONENT && node.method() == null) {
			errorAt(UserErrorCode.REQUIRED, label + " needs an assessment method (one of "
					+ List.of(AssessmentMethod.values()) + ")", path, "method");
		}
		if (level != NodeLevel.COMPONENT && node.method() != null) {
			errorAt(UserErrorCode.STRUCTURE,
					label + " has a method, but only components are assessed: move it to its components", path, "method");
		}
	}

	private void checkPoints(BigDecimal points, String what, List<String> path, String field) {
		if (points == null) {
			errorAt(UserErrorCode.REQUIRED, what + " is required", path, field);
		}
		else if (points.signum() <= 0) {
			errorAt(UserErrorCode.OUT_OF_RANGE, what + " " + plain(points) + " must be greater than 0", path, field);
		}
		else if (points.stripTrailingZeros().scale() > MAX_DECIMALS) {
			errorAt(UserErrorCode.INVALID, what + " " + plain(points) + " has more than " + MAX_DECIMALS
					+ " decimal places", path, field);
		}
	}

	/** The sum of the nodes' maxima, or {@code null} when one is missing (that is reported on its own). */
	private static BigDecimal sumOfMaxima(List<CriterionInput> nodes) {
		BigDecimal sum = BigDecimal.ZERO;
		for (CriterionInput node : nodes) {
			if (node.maxPoints() == null) {
				return null;
			}
			sum = sum.add(node.maxPoints());
		}
		return sum;
	}

	private static String describe(CriterionInput node, NodeLevel level) {
		String kind = level == null ? "node" : level.name().toLowerCase(java.util.Locale.ROOT);
		return kind + " " + (node.code() == null ? "(without code)" : node.code());
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static List<String> append(List<String> path, String... more) {
		List<String> longer = new ArrayList<>(path);
		longer.addAll(List.of(more));
		return longer;
	}

	private void error(UserErrorCode code, String message, String field) {
		errorAt(code, message, List.of("input"), field);
	}

	private void errorAt(UserErrorCode code, String message, List<String> path, String field) {
		errors.add(new UserError(append(path, field), message, code));
	}

}
