package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.NodeLevel;

/**
 * Rolls points lost (maximum − achieved, over the components scored at the stage) up by field, criterion,
 * component, lead agency or assessment method: "where did we lose points, and who is in charge of them". Each
 * component counts once, towards its lead agency, so the groups always add up to the total lost.
 */
public final class PointsLostCalculator {

	private PointsLostCalculator() {
	}

	public static List<Group> group(AssessmentResult result, PointsLostGrouping grouping) {
		CriterionTree tree = result.tree();
		Map<String, Group.Builder> groups = new LinkedHashMap<>();
		for (CriterionDefinition component : tree.components()) {
			NodeTotal total = result.node(component.code());
			if (!total.assessed()) {
				continue;
			}
			Key key = keyOf(tree, component, grouping);
			groups.computeIfAbsent(key.id(), id -> new Group.Builder(key)).add(total);
		}
		BigDecimal totalLost = groups.values().stream().map(b -> b.lost()).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Group> built = new ArrayList<>();
		groups.values().forEach(builder -> built.add(builder.build(totalLost)));
		built.sort(Comparator.comparing(Group::lostPoints).reversed().thenComparing(group -> group.key().id()));
		return built;
	}

	private static Key keyOf(CriterionTree tree, CriterionDefinition component, PointsLostGrouping grouping) {
		return switch (grouping) {
			case FIELD -> Key.node(tree.ancestorAt(component, NodeLevel.FIELD));
			case CRITERION -> Key.node(tree.ancestorAt(component, NodeLevel.CRITERION));
			case COMPONENT -> Key.node(component);
			case RESPONSIBLE_AGENCY -> {
				List<String> agencies = tree.responsibleUnitCodes(component);
				yield agencies.isEmpty() ? new Key("(unassigned)", null, null, null)
						: new Key(agencies.get(0), null, agencies.get(0), null);
			}
			case ASSESSMENT_METHOD -> new Key(component.method().name(), null, null, component.method());
		};
	}

	/** What a group is about: a node, an agency (unit code) or a method; the id orders equal losses. */
	public record Key(String id, CriterionDefinition node, String agencyCode, AssessmentMethod method) {

		static Key node(CriterionDefinition node) {
			return new Key(node.code(), node, null, null);
		}

	}

	/**
	 * One group's sums.
	 *
	 * @param shareOfLostPercent this group's share of all points lost, two decimals; {@code null} when nothing was lost
	 */
	public record Group(Key key, BigDecimal maximumPoints, BigDecimal achievedPoints, BigDecimal lostPoints,
			BigDecimal indexPercent, BigDecimal shareOfLostPercent, int components) {

		static final class Builder {

			private final Key key;

			private BigDecimal maximum = BigDecimal.ZERO;

			private BigDecimal achieved = BigDecimal.ZERO;

			private int components;

			Builder(Key key) {
				this.key = key;
			}

			void add(NodeTotal component) {
				maximum = maximum.add(component.assessedMaximum());
				achieved = achieved.add(component.points());
				components++;
			}

			BigDecimal lost() {
				return maximum.subtract(achieved);
			}

			Group build(BigDecimal totalLost) {
				return new Group(key, maximum, achieved, lost(), Points.indexPercent(achieved, maximum),
						totalLost.signum() == 0 ? null : Points.indexPercent(lost(), totalLost), components);
			}

		}

	}

}
