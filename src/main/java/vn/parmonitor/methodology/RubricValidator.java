package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorMeasure;
import vn.parmonitor.methodology.MethodologyInput.BandInput;
import vn.parmonitor.methodology.MethodologyInput.CriterionInput;
import vn.parmonitor.methodology.MethodologyInput.RubricInput;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Checks the scoring rubrics of a tree against the indicators they name: a rubric only on a component that is not
 * surveyed, an indicator that exists, values its measure can take, points within 0 and the component's maximum,
 * bands from the best down. One error per problem, each naming the component and the input path.
 */
final class RubricValidator {

	private final Map<String, Indicator> indicators;

	private final List<UserError> errors = new ArrayList<>();

	private RubricValidator(Map<String, Indicator> indicators) {
		this.indicators = indicators;
	}

	/**
	 * @param indicators the stored indicators the tree's rubrics name, by code
	 */
	static List<UserError> validate(List<CriterionInput> fields, Map<String, Indicator> indicators) {
		RubricValidator validator = new RubricValidator(indicators);
		validator.walk(fields == null ? List.of() : fields, 1, List.of("input", "fields"));
		return validator.errors;
	}

	/** The indicator codes the rubrics of a tree name. */
	static List<String> indicatorCodes(List<CriterionInput> nodes) {
		List<String> codes = new ArrayList<>();
		for (CriterionInput node : nodes == null ? List.<CriterionInput>of() : nodes) {
			if (node.rubric() != null && node.rubric().indicatorCode() != null) {
				codes.add(node.rubric().indicatorCode());
			}
			codes.addAll(indicatorCodes(node.childrenOrEmpty()));
		}
		return codes;
	}

	private void walk(List<CriterionInput> nodes, int depth, List<String> path) {
		for (int i = 0; i < nodes.size(); i++) {
			CriterionInput node = nodes.get(i);
			List<String> here = append(path, String.valueOf(i));
			if (node.rubric() != null) {
				check(node, NodeLevel.atDepth(depth), node.rubric(), append(here, "rubric"));
			}
			walk(node.childrenOrEmpty(), depth + 1, append(here, "children"));
		}
	}

	private void check(CriterionInput node, NodeLevel level, RubricInput rubric, List<String> path) {
		String label = "component " + node.code();
		if (level != NodeLevel.COMPONENT) {
			error(UserErrorCode.STRUCTURE, (level == null ? "node" : level.name().toLowerCase(java.util.Locale.ROOT)) + " "
					+ node.code() + " has a rubric, but only components are scored: move it to the component it scores",
					path, null);
			return;
		}
		if (node.method() != null && !node.method().measurable()) {
			error(UserErrorCode.INVALID, label + " is scored by the " + node.method() + ": its points come from the survey,"
					+ " not from an indicator's value, so it takes no rubric", path, null);
			return;
		}
		if (rubric.kind() == null) {
			error(UserErrorCode.REQUIRED, label + "'s rubric needs a kind (one of " + List.of(RubricKind.values()) + ")",
					path, "kind");
		}
		if (rubric.indicatorCode() == null || rubric.indicatorCode().isBlank()) {
			error(UserErrorCode.REQUIRED, label + "'s rubric needs the indicatorCode of the indicator that measures it",
					path, "indicatorCode");
			return;
		}
		Indicator indicator = indicators.get(rubric.indicatorCode());
		if (indicator == null) {
			error(UserErrorCode.NOT_FOUND, label + "'s rubric names indicator " + rubric.indicatorCode()
					+ ", which does not exist: create it (upsertIndicator) before the methodology", path, "indicatorCode");
			return;
		}
		if (rubric.kind() == null || node.maxPoints() == null) {
			return;
		}
		Scale scale = new Scale(label, indicator, path);
		switch (rubric.kind()) {
			case LINEAR -> checkLinear(label, rubric, scale, path);
			case BANDS -> checkBands(label, node.maxPoints(), rubric, scale, path);
			case PROPORTIONAL -> {
				if (scale.value(rubric.target(), "target") && rubric.target().signum() <= 0) {
					error(UserErrorCode.OUT_OF_RANGE, label + "'s rubric target " + plain(rubric.target())
							+ " must be greater than 0", path, "target");
				}
			}
		}
	}

	private void checkLinear(String label, RubricInput rubric, Scale scale, List<String> path) {
		boolean zero = scale.value(rubric.zeroAt(), "zeroAt");
		boolean full = scale.value(rubric.fullAt(), "fullAt");
		if (!zero || !full) {
			return;
		}
		int compared = rubric.fullAt().compareTo(rubric.zeroAt());
		boolean higherIsBetter = scale.indicator.direction() == Direction.HIGHER_IS_BETTER;
		if (compared == 0 || (compared > 0) != higherIsBetter) {
			error(UserErrorCode.INVALID, label + "'s rubric gives the full points at " + plain(rubric.fullAt())
					+ " and none at " + plain(rubric.zeroAt()) + ": for " + scale.indicator.code() + ", where "
					+ (higherIsBetter ? "more" : "less") + " is better, fullAt must be " + (higherIsBetter ? "above" : "below")
					+ " zeroAt", path, "fullAt");
		}
	}

	private void checkBands(String label, BigDecimal max, RubricInput rubric, Scale scale, List<String> path) {
		List<BandInput> bands = rubric.bandsOrEmpty();
		if (bands.isEmpty()) {
			error(UserErrorCode.REQUIRED, label + "'s BANDS rubric needs at least one band", path, "bands");
			return;
		}
		boolean higherIsBetter = scale.indicator.direction() == Direction.HIGHER_IS_BETTER;
		BandInput previous = null;
		for (int i = 0; i < bands.size(); i++) {
			BandInput band = bands.get(i);
			List<String> at = append(path, "bands", String.valueOf(i));
			boolean threshold = scale.value(band.threshold(), "threshold", at);
			boolean points = points(label + "'s band " + (i + 1), band.points(), max, at, "points");
			if (previous != null && threshold && previous.threshold() != null) {
				int compared = band.threshold().compareTo(previous.threshold());
				if (higherIsBetter ? compared >= 0 : compared <= 0) {
					error(UserErrorCode.INVALID, label + "'s bands must run from the best value down: band " + (i + 1)
							+ " (" + plain(band.threshold()) + ") must be " + (higherIsBetter ? "below" : "above")
							+ " band " + i + " (" + plain(previous.threshold()) + ")", at, "threshold");
				}
			}
			if (previous != null && points && previous.points() != null
					&& band.points().compareTo(previous.points()) > 0) {
				error(UserErrorCode.INVALID, label + "'s band " + (i + 1) + " is worth more (" + plain(band.points())
						+ ") than the better band " + i + " (" + plain(previous.points()) + ")", at, "points");
			}
			previous = band;
		}
		if (rubric.otherwise() != null && points(label + "'s otherwise", rubric.otherwise(), max, path, "otherwise")
				&& previous.points() != null && rubric.otherwise().compareTo(previous.points()) > 0) {
			error(UserErrorCode.INVALID, label + "'s otherwise (" + plain(rubric.otherwise())
					+ ") is worth more than its last band (" + plain(previous.points()) + ")", path, "otherwise");
		}
	}

	private boolean points(String what, BigDecimal points, BigDecimal max, List<String> path, String field) {
		if (points == null) {
			error(UserErrorCode.REQUIRED, what + " needs points", path, field);
			return false;
		}
		if (points.signum() < 0 || points.compareTo(max) > 0) {
			error(UserErrorCode.OUT_OF_RANGE, what + ": " + plain(points) + " points lie outside 0 to the component's "
					+ "maximum " + plain(max), path, field);
			return false;
		}
		if (points.stripTrailingZeros().scale() > MethodologyValidator.MAX_DECIMALS) {
			error(UserErrorCode.INVALID, what + ": " + plain(points) + " has more than " + MethodologyValidator.MAX_DECIMALS
					+ " decimal places", path, field);
			return false;
		}
		return true;
	}

	/** The values an indicator can take, to check a rubric's thresholds against. */
	private final class Scale {

		final String label;

		final Indicator indicator;

		final List<String> path;

		Scale(String label, Indicator indicator, List<String> path) {
			this.label = label;
			this.indicator = indicator;
			this.path = path;
		}

		boolean value(BigDecimal value, String field) {
			return value(value, field, path);
		}

		/** Whether {@code value} is given and a value the indicator can take; reports it when not. */
		boolean value(BigDecimal value, String field, List<String> at) {
			if (value == null) {
				error(UserErrorCode.REQUIRED, label + "'s rubric needs " + field, at, field);
				return false;
			}
			BigDecimal min = indicator.minimumValue();
			BigDecimal max = indicator.maximumValue();
			if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
				error(UserErrorCode.OUT_OF_RANGE, label + "'s rubric " + field + " " + plain(value) + " is not a value of "
						+ indicator.code() + " (accepted: " + (min == null ? "any" : plain(min)) + " to "
						+ (max == null ? "any" : plain(max)) + ")", at, field);
				return false;
			}
			if (indicator.measure() == IndicatorMeasure.COUNT && value.stripTrailingZeros().scale() > 0) {
				error(UserErrorCode.INVALID, label + "'s rubric " + field + " " + plain(value) + " is not a whole number, "
						+ "as counts of " + indicator.code() + " are", at, field);
				return false;
			}
			return true;
		}

	}

	private void error(UserErrorCode code, String message, List<String> path, String field) {
		errors.add(new UserError(field == null ? path : append(path, field), message, code));
	}

	private static List<String> append(List<String> path, String... more) {
		List<String> longer = new ArrayList<>(path);
		longer.addAll(List.of(more));
		return longer;
	}

	private static String plain(BigDecimal value) {
		return MethodologyValidator.plain(value);
	}

}
