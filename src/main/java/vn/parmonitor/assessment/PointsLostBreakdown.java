package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;

/** GraphQL {@code PointsLostBreakdown}. */
public record PointsLostBreakdown(AssessmentView assessment, PointsLostGrouping groupBy, List<PointsLostGroupView> groups) {

	static PointsLostBreakdown of(AssessmentView assessment, PointsLostGrouping groupBy) {
		return new PointsLostBreakdown(assessment, groupBy, PointsLostCalculator.group(assessment.result(), groupBy)
			.stream()
			.map(group -> new PointsLostGroupView(assessment.tree(), group))
			.toList());
	}

	public BigDecimal lostPoints() {
		return Points.shown(groups.stream()
			.map(group -> group.group().lostPoints())
			.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

}
