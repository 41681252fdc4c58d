package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.parmonitor.assessment.IndexGroup;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;

/**
 * Where a unit's index is expected to end up in a year: the sum of its components' forecasts, with the points that
 * rest on each basis, the fields' and criteria's forecasts, and (when it has peers) its rank.
 *
 * @param asOf the time the forecast was made as of (the evaluation time)
 * @param points the points: likely, and a range that combines the components' as independent
 * @param index the points as an index of the maximum
 * @param rank the rank among the units the methodology ranks, or null without peers
 */
public record IndexForecast(String unitCode, CriterionTree tree, int year, Instant asOf,
		List<ComponentForecast> components, Range points, Range index, Map<ForecastBasis, BasisShare> basisMix,
		Map<String, Range> nodes, RankForecast rank) {

	static IndexForecast of(String unitCode, CriterionTree tree, int year, Instant asOf,
			List<ComponentForecast> components) {
		Range points = Range.sum(togetherMoving(components)).rounded(3);
		BigDecimal maximum = tree.methodology().totalMaximum();
		Map<ForecastBasis, List<ComponentForecast>> byBasis = new EnumMap<>(ForecastBasis.class);
		components.forEach(c -> byBasis.computeIfAbsent(c.basis(), b -> new ArrayList<>()).add(c));
		Map<ForecastBasis, BasisShare> mix = new EnumMap<>(ForecastBasis.class);
		byBasis.forEach((basis, parts) -> mix.put(basis, new BasisShare(basis, parts.size(),
				Range.sum(parts.stream().map(ComponentForecast::points).toList()).rounded(3),
				parts.stream().map(p -> p.component().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add)
					.stripTrailingZeros())));
		Map<String, ComponentForecast> byCode = components.stream()
			.collect(Collectors.toMap(c -> c.component().code(), c -> c));
		Map<String, Range> nodes = new LinkedHashMap<>();
		for (CriterionDefinition node : tree.nodes()) {
			List<Range> below = tree.components().stream()
				.filter(c -> tree.selfAndAncestors(c).contains(node))
				.map(c -> byCode.get(c.code()).points())
				.toList();
			nodes.put(node.code(), Range.sum(below).rounded(3));
		}
		return new IndexForecast(unitCode, tree, year, asOf, components, points, points.asIndexOf(maximum), mix, nodes,
				null);
	}

	/**
	 * The components' ranges, those that rise and fall together added up first: every self-assessed component is
	 * discounted by the same appraisal cut, and every component of one survey follows that survey's result, so their
	 * errors add, not square-add. Components measured by indicators, or without a basis, are on their own.
	 */
	private static List<Range> togetherMoving(List<ComponentForecast> components) {
		Map<String, List<Range>> groups = new LinkedHashMap<>();
		for (ComponentForecast component : components) {
			String group = switch (component.basis()) {
				case SELF_ASSESSMENT -> "SELF_ASSESSMENT";
				case SURVEY_HISTORY -> "SURVEY_HISTORY/" + component.component().method();
				default -> component.component().code();
			};
			groups.computeIfAbsent(group, key -> new ArrayList<>()).add(component.points());
		}
		return groups.values().stream().map(Range::added).toList();
	}

	IndexForecast withRank(RankForecast rank) {
		return new IndexForecast(unitCode, tree, year, asOf, components, points, index, basisMix, nodes, rank);
	}

	public Methodology methodology() {
		return tree.methodology();
	}

	public BigDecimal maximumPoints() {
		return tree.methodology().totalMaximum();
	}

	/** The group of the likely index. */
	public IndexGroup group() {
		return IndexGroup.of(index.likely());
	}

	/** "53.42 points certain, 6.1 from KPIs, ..." in the order of certainty. */
	public String summary() {
		List<String> parts = new ArrayList<>();
		for (BasisShare share : basisMix.values()) {
			parts.add(ComponentForecaster.plain(share.points().likely()) + " of " + ComponentForecaster.plain(share.maximumPoints())
					+ " points " + switch (share.basis()) {
						case RECORDED -> "recorded (certain)";
						case ASSUMED -> "assumed";
						case INDICATOR -> "from indicators' projections";
						case SELF_ASSESSMENT -> "from the self-assessment, discounted by appraisal history";
						case SURVEY_HISTORY -> "from surveys' history";
						case NO_BASIS -> "without a basis (last year's)";
					});
		}
		return "index " + index + "%: " + String.join(", ", parts);
	}

	/**
	 * The components forecast on one basis: how many, their points and their maximum.
	 */
	public record BasisShare(ForecastBasis basis, int components, Range points, BigDecimal maximumPoints) {
	}

}
