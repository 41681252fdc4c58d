package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;

import vn.parmonitor.methodology.CriterionNodeView;

/** GraphQL {@code NodeResult}: one field's, criterion's or component's result within an assessment. */
public record NodeResultView(AssessmentResult result, NodeTotal total) {

	static List<NodeResultView> of(AssessmentResult result, List<vn.parmonitor.methodology.CriterionDefinition> nodes) {
		return nodes.stream().map(node -> new NodeResultView(result, result.node(node.code()))).toList();
	}

	public CriterionNodeView criterion() {
		return new CriterionNodeView(result.tree(), total.node());
	}

	public String code() {
		return total.node().code();
	}

	public BigDecimal points() {
		return total.assessed() ? Points.shown(total.points()) : null;
	}

	public BigDecimal maximumPoints() {
		return Points.shown(total.maximum());
	}

	public BigDecimal assessedMaximumPoints() {
		return Points.shown(total.assessedMaximum());
	}

	public BigDecimal indexPercent() {
		return total.indexPercent();
	}

	public BigDecimal lostPoints() {
		return total.assessed() ? Points.shown(total.lostPoints()) : null;
	}

	public BigDecimal pendingPoints() {
		return Points.shown(total.pendingPoints());
	}

	public boolean complete() {
		return total.complete();
	}

	public List<NodeResultView> children() {
		return of(result, result.tree().children(total.node().code()));
	}

}
