package vn.parmonitor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.Unit;

/**
 * Checks a batch of targets: the objects they name exist, the values fit what is measured (a percent within 0 to
 * 100, a rank from 1, points within the node's maximum), and time runs forward (baseline, milestones, deadline).
 */
final class TargetValidator {

	static final int MAX_BATCH = 500;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final TargetReferences references;

	private final List<UserError> errors = new ArrayList<>();

	private List<String> path;

	private TargetValidator(TargetReferences references) {
		this.references = references;
	}

	static List<UserError> validate(List<TargetInput> inputs, TargetReferences references) {
		if (inputs.isEmpty()) {
			return List.of(UserError.of(UserErrorCode.REQUIRED, "give at least one target", "input", "targets"));
		}
		if (inputs.size() > MAX_BATCH) {
			return List.of(UserError.of(UserErrorCode.TOO_MANY, "a batch holds at most " + MAX_BATCH + " targets, got "
					+ inputs.size(), "input", "targets"));
		}
		TargetValidator validator = new TargetValidator(references);
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			validator.path = List.of("input", "targets", String.valueOf(i));
			TargetInput input = inputs.get(i);
			if (input.code() != null && !codes.add(input.code())) {
				validator.error(UserErrorCode.DUPLICATE, "target " + input.code() + " appears more than once", "code");
			}
			validator.check(input);
		}
		return validator.errors;
	}

	private void check(TargetInput input) {
		if (input.code() == null || !PlanValidator.CODE.matcher(input.code()).matches()) {
			error(UserErrorCode.INVALID, "target code '" + input.code()
					+ "' must be 1 to 64 letters, digits, '.', '_', '/' or '-'", "code");
		}
		if (input.name() == null || input.name().isBlank()) {
			error(UserErrorCode.REQUIRED, "target " + input.code() + " needs a name", "name");
		}
		if (!references.planCodes().contains(input.planCode())) {
			error(UserErrorCode.NOT_FOUND, "plan " + input.planCode() + " does not exist", "planCode");
		}
		Unit subject = references.units().get(input.subjectUnitCode());
		if (subject == null) {
			error(UserErrorCode.NOT_FOUND, "unit " + input.subjectUnitCode() + " does not exist", "subjectUnitCode");
		}
		if (input.responsibleUnitCode() != null && !references.units().containsKey(input.responsibleUnitCode())) {
			error(UserErrorCode.NOT_FOUND, "responsible unit " + input.responsibleUnitCode() + " does not exist",
					"responsibleUnitCode");
		}
		checkTime(input);
		if (subject != null && input.deadline() != null) {
			// The unit must exist while the target runs: from its baseline (or the deadline's year) to its deadline.
			java.time.LocalDate from = input.baseline() != null && input.baseline().date() != null
					&& !input.baseline().date().isAfter(input.deadline()) ? input.baseline().date()
							: input.deadline().withDayOfYear(1);
			subject.notValidDuring(from, input.deadline())
				.ifPresent(why -> error(UserErrorCode.OUT_OF_RANGE, why + ": target " + input.code()
						+ " cannot measure it", "subjectUnitCode"));
		}
		if (input.targetValue() == null) {
			error(UserErrorCode.REQUIRED, "target " + input.code() + " needs a targetValue", "targetValue");
			return;
		}
		Range range = switch (input.kind()) {
			case UNIT_INDEX -> checkIndex(input, subject);
			case UNIT_RANK -> checkRank(input, subject);
			case NODE_POINTS -> checkPoints(input, subject);
			case INDICATOR -> checkIndicator(input);
		};
		if (range != null) {
			checkValues(input, range);
		}
	}

	private void checkTime(TargetInput input) {
		TargetInput.BaselineInput baseline = input.baseline();
		if (baseline == null || baseline.value() == null || baseline.date() == null) {
			error(UserErrorCode.REQUIRED, "target " + input.code() + " needs a baseline value and date", "baseline");
		}
		if (input.deadline() == null) {
			error(UserErrorCode.REQUIRED, "target " + input.code() + " needs a deadline", "deadline");
		}
		if (baseline == null || baseline.date() == null || input.deadline() == null) {
			return;
		}
		if (!input.deadline().isAfter(baseline.date())) {
			error(UserErrorCode.OUT_OF_RANGE, "deadline " + input.deadline() + " is not after the baseline date "
					+ baseline.date() + " (accepted: a day after " + baseline.date() + ")", "deadline");
			return;
		}
		LocalDate previous = baseline.date();
		List<TargetInput.MilestoneInput> milestones = input.milestonesOrEmpty();
		for (int i = 0; i < milestones.size(); i++) {
			LocalDate date = milestones.get(i).date();
			if (date == null || !date.isAfter(previous) || !date.isBefore(input.deadline())) {
				errorAt(UserErrorCode.OUT_OF_RANGE, "milestone " + (i + 1) + " dated " + date
						+ " must fall after " + previous + " and before the deadline " + input.deadline(),
						List.of("milestones", String.valueOf(i), "date"));
			}
			else {
				previous = date;
			}
		}
	}

	private Range checkIndex(TargetInput input, Unit subject) {
		checkComparator(input, TargetComparator.AT_LEAST);
		if (checkYear(input) && input.methodologyCode() != null) {
			checkMethodology(input, subject);
		}
		return new Range(BigDecimal.ZERO, HUNDRED, "index", false);
	}

	private Range checkRank(TargetInput input, Unit subject) {
		checkComparator(input, TargetComparator.AT_MOST);
		if (checkYear(input) && input.methodologyCode() != null) {
			checkMethodology(input, subject);
		}
		return new Range(BigDecimal.ONE, null, "rank", true);
	}

	private Range checkPoints(TargetInput input, Unit subject) {
		checkComparator(input, TargetComparator.AT_LEAST);
		if (!checkYear(input)) {
			return null;
		}
		if (input.methodologyCode() == null) {
			error(UserErrorCode.REQUIRED, "a NODE_POINTS target needs the methodologyCode of its node", "methodologyCode");
			return null;
		}
		Methodology methodology = checkMethodology(input, subject);
		if (methodology == null) {
			return null;
		}
		CriterionDefinition node = input.nodeCode() == null ? null
				: CriterionTree.of(methodology).node(input.nodeCode()).orElse(null);
		if (node == null) {
			error(UserErrorCode.NOT_FOUND, "node " + input.nodeCode() + " does not exist in " + methodology.code(),
					"nodeCode");
			return null;
		}
		if (node.level() == NodeLevel.COMPONENT) {
			error(UserErrorCode.INVALID, input.nodeCode() + " is a component; points targets are set on a field or a "
					+ "criterion", "nodeCode");
			return null;
		}
		return new Range(BigDecimal.ZERO, node.maxPoints(), "points of " + node.code(), false);
	}

	private Range checkIndicator(TargetInput input) {
		Indicator indicator = references.indicators().get(input.indicatorCode());
		if (indicator == null) {
			error(UserErrorCode.NOT_FOUND, "indicator " + input.indicatorCode() + " does not exist", "indicatorCode");
			return null;
		}
		TargetComparator natural = indicator.direction() == Direction.HIGHER_IS_BETTER ? TargetComparator.AT_LEAST
				: TargetComparator.AT_MOST;
		if (input.comparator() != null && input.comparator() != natural) {
			error(UserErrorCode.INVALID, indicator.code() + " is " + indicator.direction() + ", so its targets are "
					+ natural + ", not " + input.comparator(), "comparator");
		}
		return new Range(indicator.minimumValue(), indicator.maximumValue(), "value of " + indicator.code(), false);
	}

	private void checkComparator(TargetInput input, TargetComparator expected) {
		if (input.comparator() != null && input.comparator() != expected) {
			error(UserErrorCode.INVALID, "a " + input.kind() + " target is " + expected + ", not " + input.comparator(),
					"comparator");
		}
	}

	private boolean checkYear(TargetInput input) {
		if (input.year() == null || input.year() < 1990 || input.year() > 2100) {
			error(UserErrorCode.OUT_OF_RANGE, "a " + input.kind() + " target needs a year between 1990 and 2100, got "
					+ input.year(), "year");
			return false;
		}
		return true;
	}

	private Methodology checkMethodology(TargetInput input, Unit subject) {
		Methodology methodology = references.methodologies().get(input.methodologyCode());
		if (methodology == null) {
			error(UserErrorCode.NOT_FOUND, "methodology " + input.methodologyCode() + " does not exist", "methodologyCode");
			return null;
		}
		if (!methodology.appliesTo(input.year())) {
			error(UserErrorCode.OUT_OF_RANGE, "methodology " + methodology.code() + " does not apply to " + input.year(),
					"year");
		}
		if (subject != null && subject.kind() != methodology.unitKind()) {
			error(UserErrorCode.INVALID, "methodology " + methodology.code() + " scores " + methodology.unitKind()
					+ " units, but " + subject.label() + " is a " + subject.kind(), "methodologyCode");
		}
		return methodology;
	}

	/** Target, baseline and milestone values all within what is measured. */
	private void checkValues(TargetInput input, Range range) {
		checkValue(input.targetValue(), "target value", range, List.of("targetValue"));
		if (input.baseline() != null && input.baseline().value() != null) {
			checkValue(input.baseline().value(), "baseline value", range, List.of("baseline", "value"));
		}
		List<TargetInput.MilestoneInput> milestones = input.milestonesOrEmpty();
		for (int i = 0; i < milestones.size(); i++) {
			if (milestones.get(i).value() == null) {
				errorAt(UserErrorCode.REQUIRED, "milestone " + (i + 1) + " needs a value",
						List.of("milestones", String.valueOf(i), "value"));
			}
			else {
				checkValue(milestones.get(i).value(), "milestone " + (i + 1) + " value", range,
						List.of("milestones", String.valueOf(i), "value"));
			}
		}
	}

	private void checkValue(BigDecimal value, String what, Range range, List<String> field) {
		String accepted = "accepted: " + plain(range.min()) + (range.max() == null ? " or more" : " to " + plain(range.max()));
		if (range.min() != null && value.compareTo(range.min()) < 0) {
			errorAt(UserErrorCode.OUT_OF_RANGE, what + " " + plain(value) + " of the " + range.what() + " is below "
					+ plain(range.min()) + " (" + accepted + ")", field);
		}
		else if (range.max() != null && value.compareTo(range.max()) > 0) {
			errorAt(UserErrorCode.OUT_OF_RANGE, what + " " + plain(value) + " of the " + range.what() + " is above "
					+ plain(range.max()) + " (" + accepted + ")", field);
		}
		else if (range.whole() && value.stripTrailingZeros().scale() > 0) {
			errorAt(UserErrorCode.INVALID, what + " " + plain(value) + " of the " + range.what()
					+ " must be a whole number", field);
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "any" : value.stripTrailingZeros().toPlainString();
	}

	private void error(UserErrorCode code, String message, String field) {
		errorAt(code, message, List.of(field));
	}

	private void errorAt(UserErrorCode code, String message, List<String> field) {
		List<String> full = new ArrayList<>(path);
		full.addAll(field);
		errors.add(new UserError(full, message, code));
	}

	/** What a target's values may be. */
	private record Range(BigDecimal min, BigDecimal max, String what, boolean whole) {
	}

}
