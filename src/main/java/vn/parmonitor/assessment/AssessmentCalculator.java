package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;

/**
 * Adds component scores up the tree. Pure and exact: decimals throughout, the only rounding is the index's.
 */
public final class AssessmentCalculator {

	private AssessmentCalculator() {
	}

	/** Each node's total at {@code stage}, counting the components scored at that stage. */
	public static AssessmentResult result(CriterionTree tree, List<ComponentScore> scores, ScoreStage stage) {
		Map<String, BigDecimal> componentPoints = new HashMap<>();
		for (ComponentScore score : scores) {
			StageScore atStage = score.at(stage);
			if (atStage != null) {
				componentPoints.put(score.componentCode(), atStage.points());
			}
		}
		Map<String, Accumulator> sums = new LinkedHashMap<>();
		tree.nodes().forEach(node -> sums.put(node.code(), new Accumulator()));
		Accumulator overall = new Accumulator();
		for (CriterionDefinition component : tree.components()) {
			BigDecimal points = componentPoints.get(component.code());
			for (CriterionDefinition node : tree.selfAndAncestors(component)) {
				sums.get(node.code()).add(component, points);
			}
			overall.add(component, points);
		}
		Map<String, NodeTotal> totals = new LinkedHashMap<>();
		for (CriterionDefinition node : tree.nodes()) {
			Accumulator sum = sums.get(node.code());
			totals.put(node.code(), new NodeTotal(node, sum.points, sum.assessedMaximum, sum.scored, sum.count));
		}
		return new AssessmentResult(tree, stage, totals, overall.points, overall.assessedMaximum, overall.scored);
	}

	/** The totals of every stage that has at least one score: what an assessment document stores. */
	public static Map<ScoreStage, StageTotal> stageTotals(CriterionTree tree, List<ComponentScore> scores) {
		Map<ScoreStage, StageTotal> totals = new EnumMap<>(ScoreStage.class);
		for (ScoreStage stage : ScoreStage.values()) {
			AssessmentResult result = result(tree, scores, stage);
			if (result.componentsScored() > 0) {
				Instant latest = scores.stream()
					.map(score -> score.at(stage))
					.filter(Objects::nonNull)
					.map(StageScore::recordedAt)
					.filter(Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(null);
				totals.put(stage, result.toStageTotal(latest));
			}
		}
		return totals;
	}

	private static final class Accumulator {

		private BigDecimal points = BigDecimal.ZERO;

		private BigDecimal assessedMaximum = BigDecimal.ZERO;

		private int scored;

		private int count;

		void add(CriterionDefinition component, BigDecimal componentPoints) {
			count++;
			if (componentPoints != null) {
				points = points.add(componentPoints);
				assessedMaximum = assessedMaximum.add(component.maxPoints());
				scored++;
			}
		}

	}

}
