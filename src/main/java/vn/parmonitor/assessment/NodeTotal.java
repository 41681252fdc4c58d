package vn.parmonitor.assessment;

import java.math.BigDecimal;

import vn.parmonitor.methodology.CriterionDefinition;

/**
 * A node's result at one stage: the sums over the components below it that have a score at that stage.
 *
 * @param node the field, criterion or component
 * @param points points achieved
 * @param assessedMaximum maxima of the components scored (equals the node's maximum once all are scored)
 * @param componentsScored how many of its components are scored
 * @param componentCount how many components it has
 */
public record NodeTotal(CriterionDefinition node, BigDecimal points, BigDecimal assessedMaximum, int componentsScored,
		int componentCount) {

	public BigDecimal maximum() {
		return node.maxPoints();
	}

	public boolean complete() {
		return componentsScored == componentCount;
	}

	public boolean assessed() {
		return componentsScored > 0;
	}

	/** Points ÷ assessed maximum × 100 (two decimals); {@code null} while nothing below is scored. */
	public BigDecimal indexPercent() {
		return assessed() ? Points.indexPercent(points, assessedMaximum) : null;
	}

	/** Points lost among what was assessed: assessed maximum − points. */
	public BigDecimal lostPoints() {
		return assessedMaximum.subtract(points);
	}

	/** Points not assessed yet at this stage: maximum − assessed maximum. */
	public BigDecimal pendingPoints() {
		return maximum().subtract(assessedMaximum);
	}

}
