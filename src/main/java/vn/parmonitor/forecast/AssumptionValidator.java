package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorMeasure;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.system.graphql.InvalidArgumentException;

/**
 * Checks a what-if's assumptions against the unit's tree and the indicators, each refusal naming the argument
 * ({@code indicators[1].value}) and what it accepts. A what-if either runs on all its assumptions or not at all.
 */
final class AssumptionValidator {

	static final int MAX_ASSUMPTIONS = 50;

	/** Points are recorded to 3 decimals (as scores are). */
	private static final int POINT_DECIMALS = 3;

	private AssumptionValidator() {
	}

	/** An indicator reaching {@code value} by the end of the year (GraphQL {@code IndicatorAssumptionInput}). */
	public record IndicatorAssumption(String indicatorCode, BigDecimal value) {
	}

	/** A component scored at {@code points} (GraphQL {@code ComponentAssumptionInput}). */
	public record ComponentAssumption(String componentCode, BigDecimal points) {
	}

	/**
	 * The assumptions, checked.
	 *
	 * @param known the indicators named, by code (unknown ones absent)
	 */
	static Assumptions validate(CriterionTree tree, List<IndicatorAssumption> indicators,
			List<ComponentAssumption> components, Map<String, Indicator> known) {
		List<IndicatorAssumption> byIndicator = indicators == null ? List.of() : indicators;
		List<ComponentAssumption> byComponent = components == null ? List.of() : components;
		if (byIndicator.isEmpty() && byComponent.isEmpty()) {
			throw new InvalidArgumentException("indicators", "give at least one assumption, in indicators or components");
		}
		if (byIndicator.size() > MAX_ASSUMPTIONS) {
			throw new InvalidArgumentException("indicators", "at most " + MAX_ASSUMPTIONS + " indicator assumptions, got "
					+ byIndicator.size());
		}
		if (byComponent.size() > MAX_ASSUMPTIONS) {
			throw new InvalidArgumentException("components", "at most " + MAX_ASSUMPTIONS + " component assumptions, got "
					+ byComponent.size());
		}
		return new Assumptions(indicatorValues(tree, byIndicator, known), componentPoints(tree, byComponent));
	}

	private static Map<String, BigDecimal> indicatorValues(CriterionTree tree, List<IndicatorAssumption> assumptions,
			Map<String, Indicator> known) {
		TreeSet<String> rubricIndicators = new TreeSet<>();
		tree.components().stream().map(CriterionDefinition::rubric).filter(Objects::nonNull)
			.forEach(rubric -> rubricIndicators.add(rubric.indicatorCode()));
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (int i = 0; i < assumptions.size(); i++) {
			String at = "indicators[" + i + "]";
			IndicatorAssumption assumption = assumptions.get(i);
			String code = assumption.indicatorCode();
			Indicator indicator = code == null ? null : known.get(code);
			if (indicator == null) {
				throw new InvalidArgumentException(at + ".indicatorCode", "indicator " + code + " does not exist");
			}
			if (!rubricIndicators.contains(code)) {
				throw new InvalidArgumentException(at + ".indicatorCode", "indicator " + code + " scores no component of "
						+ tree.methodology().code() + (rubricIndicators.isEmpty() ? " (its components have no rubrics)"
								: " (its rubrics use " + String.join(", ", rubricIndicators) + ")"));
			}
			if (values.containsKey(code)) {
				throw new InvalidArgumentException(at + ".indicatorCode", "indicator " + code + " is assumed twice");
			}
			values.put(code, checkedValue(at + ".value", assumption.value(), indicator));
		}
		return values;
	}

	private static BigDecimal checkedValue(String argument, BigDecimal value, Indicator indicator) {
		BigDecimal min = indicator.minimumValue();
		BigDecimal max = indicator.maximumValue();
		String accepted = min == null && max == null ? "any number"
				: min == null ? "at most " + plain(max) : max == null ? "at least " + plain(min)
						: "from " + plain(min) + " to " + plain(max);
		if (value == null) {
			throw new InvalidArgumentException(argument, "a value of " + indicator.code() + " is needed (" + accepted + ")");
		}
		if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
			throw new InvalidArgumentException(argument, indicator.code() + " (" + indicator.measure() + ") takes values "
					+ accepted + ", got " + value.toPlainString());
		}
		if (indicator.measure() == IndicatorMeasure.COUNT && value.stripTrailingZeros().scale() > 0) {
			throw new InvalidArgumentException(argument, indicator.code() + " counts whole things (" + accepted
					+ ", whole), got " + value.toPlainString());
		}
		return value;
	}

	private static Map<String, BigDecimal> componentPoints(CriterionTree tree, List<ComponentAssumption> assumptions) {
		Map<String, BigDecimal> points = new LinkedHashMap<>();
		for (int i = 0; i < assumptions.size(); i++) {
			String at = "components[" + i + "]";
			ComponentAssumption assumption = assumptions.get(i);
			String code = assumption.componentCode();
			CriterionDefinition node = code == null ? null : tree.node(code).orElse(null);
			if (node == null) {
				throw new InvalidArgumentException(at + ".componentCode", "no node " + code + " in "
						+ tree.methodology().code());
			}
			if (node.level() != NodeLevel.COMPONENT) {
				throw new InvalidArgumentException(at + ".componentCode", code + " is a " + level(node)
						+ ", not a component: assume the points of its components");
			}
			if (points.containsKey(code)) {
				throw new InvalidArgumentException(at + ".componentCode", "component " + code + " is assumed twice");
			}
			points.put(code, checkedPoints(at + ".points", assumption.points(), node));
		}
		return points;
	}

	private static BigDecimal checkedPoints(String argument, BigDecimal value, CriterionDefinition component) {
		String accepted = "accepted: 0 to " + plain(component.maxPoints()) + ", the maximum of " + component.code();
		if (value == null) {
			throw new InvalidArgumentException(argument, "points of " + component.code() + " are needed (" + accepted + ")");
		}
		if (value.signum() < 0 || value.compareTo(component.maxPoints()) > 0) {
			throw new InvalidArgumentException(argument, "points " + value.toPlainString() + " of " + component.code()
					+ " are out of range (" + accepted + ")");
		}
		if (value.stripTrailingZeros().scale() > POINT_DECIMALS) {
			throw new InvalidArgumentException(argument, "points " + value.toPlainString() + " of " + component.code()
					+ " have more than " + POINT_DECIMALS + " decimal places");
		}
		return value;
	}

	private static String level(CriterionDefinition node) {
		return node.level() == NodeLevel.FIELD ? "field" : "criterion";
	}

	private static String plain(BigDecimal value) {
		return ComponentForecaster.plain(value);
	}

	static List<String> indicatorCodes(List<IndicatorAssumption> assumptions) {
		List<String> codes = new ArrayList<>();
		if (assumptions != null) {
			assumptions.stream().map(IndicatorAssumption::indicatorCode).filter(Objects::nonNull).forEach(codes::add);
		}
		return codes;
	}

}
