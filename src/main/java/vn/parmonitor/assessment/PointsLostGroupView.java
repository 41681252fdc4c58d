package vn.parmonitor.assessment;

import java.math.BigDecimal;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.methodology.CriterionTree;

/** GraphQL {@code PointsLostGroup}. */
public record PointsLostGroupView(CriterionTree tree, PointsLostCalculator.Group group) {

	public String key() {
		return group.key().id();
	}

	public CriterionNodeView criterion() {
		return group.key().node() == null ? null : new CriterionNodeView(tree, group.key().node());
	}

	public String agencyCode() {
		return group.key().agencyCode();
	}

	public AssessmentMethod method() {
		return group.key().method();
	}

	public BigDecimal maximumPoints() {
		return Points.shown(group.maximumPoints());
	}

	public BigDecimal achievedPoints() {
		return Points.shown(group.achievedPoints());
	}

	public BigDecimal lostPoints() {
		return Points.shown(group.lostPoints());
	}

	public BigDecimal indexPercent() {
		return group.indexPercent();
	}

	public BigDecimal shareOfLostPercent() {
		return group.shareOfLostPercent();
	}

	public int components() {
		return group.components();
	}

}
