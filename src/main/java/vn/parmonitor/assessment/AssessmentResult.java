package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.NodeLevel;

/**
 * Every node's total of one assessment at one stage, and the overall total.
 *
 * @param byCode node totals by node code
 */
public record AssessmentResult(CriterionTree tree, ScoreStage stage, Map<String, NodeTotal> byCode, BigDecimal points,
		BigDecimal assessedMaximum, int componentsScored) {

	public NodeTotal node(String code) {
		return byCode.get(code);
	}

	public BigDecimal maximum() {
		return tree.methodology().totalMaximum();
	}

	public boolean complete() {
		return componentsScored == tree.components().size();
	}

	public BigDecimal indexPercent() {
		return componentsScored == 0 ? null : Points.indexPercent(points, assessedMaximum);
	}

	/**
	 * The result a stored total gives without its scores: the overall sums and each field's (the nodes below the
	 * fields are not in it). What a ranking page shows of each unit ({@link AssessmentView#ofTotals}).
	 */
	static AssessmentResult ofFieldTotals(CriterionTree tree, ScoreStage stage, StageTotal total) {
		Map<String, Integer> components = new HashMap<>();
		tree.components().forEach(component -> components.merge(tree.ancestorAt(component, NodeLevel.FIELD).code(), 1,
				Integer::sum));
		Map<String, NodeTotal> byCode = new LinkedHashMap<>();
		for (StageTotal.FieldTotal field : total.fields()) {
			tree.node(field.code()).ifPresent(node -> byCode.put(node.code(), new NodeTotal(node, field.points(),
					field.assessedMaximum(), field.componentsScored(), components.getOrDefault(node.code(), 0))));
		}
		return new AssessmentResult(tree, stage, byCode, total.points(), total.assessedMaximum(),
				total.componentsScored());
	}

	/** The stored total of this stage, whose latest score was recorded at {@code recordedAt}. */
	public StageTotal toStageTotal(java.time.Instant recordedAt) {
		List<StageTotal.FieldTotal> fields = tree.fields().stream().map(field -> byCode.get(field.code()))
			.map(total -> new StageTotal.FieldTotal(total.node().code(), total.points(), total.assessedMaximum(),
					total.componentsScored()))
			.toList();
		return new StageTotal(points, assessedMaximum, indexPercent(), componentsScored, recordedAt, fields);
	}

}
