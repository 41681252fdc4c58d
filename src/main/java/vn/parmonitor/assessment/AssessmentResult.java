package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.Map;

import vn.parmonitor.methodology.CriterionTree;

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

	/** The stored total of this stage, whose latest score was recorded at {@code recordedAt}. */
	public StageTotal toStageTotal(java.time.Instant recordedAt) {
		return new StageTotal(points, assessedMaximum, indexPercent(), componentsScored, recordedAt);
	}

}
