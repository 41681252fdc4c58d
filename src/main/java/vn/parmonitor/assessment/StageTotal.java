package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
 * @param fields each field's total at this stage, in tree order, so that a ranking shows the field scores without
 *     reading the scores; null in totals stored before they were kept (they are then computed from the scores)
 */
public record StageTotal(BigDecimal points, BigDecimal assessedMaximum, BigDecimal indexPercent, int componentsScored,
		Instant recordedAt, List<FieldTotal> fields) {

	public StageTotal {
		fields = fields == null ? null : List.copyOf(fields);
	}

	/** A total without field totals (as stored before they were kept). */
	public StageTotal(BigDecimal points, BigDecimal assessedMaximum, BigDecimal indexPercent, int componentsScored,
			Instant recordedAt) {
		this(points, assessedMaximum, indexPercent, componentsScored, recordedAt, null);
	}

	/**
	 * One field's sums at a stage.
	 *
	 * @param code the field's code, e.g. "7"
	 * @param componentsScored how many of its components are scored at the stage
	 */
	public record FieldTotal(String code, BigDecimal points, BigDecimal assessedMaximum, int componentsScored) {
	}

}
