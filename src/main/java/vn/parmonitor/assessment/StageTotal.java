package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An assessment's total at one stage, stored beside the scores it is computed from (same document, same write) so
 * that rankings read it without recomputing every tree.
 *
 * @param points points achieved by the components scored at this stage
 * @param assessedMaximum the maxima of those components
 * @param indexPercent points ÷ assessed maximum × 100, two decimals
 * @param componentsScored how many components have a score at this stage
 * @param recordedAt when the stage's latest score was recorded (null for totals stored before it was kept): a
 *     ranking as of an earlier time leaves out the stages completed after it
 */
public record StageTotal(BigDecimal points, BigDecimal assessedMaximum, BigDecimal indexPercent, int componentsScored,
		Instant recordedAt) {
}
