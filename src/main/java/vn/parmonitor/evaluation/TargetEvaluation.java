package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;
import vn.parmonitor.plan.TargetComparator;
import vn.parmonitor.plan.TargetKind;

/**
 * One target's judgement in one evaluation run, kept as history.
 *
 * @param id {@code <run>:<target>}
 * @param evaluatedAt the time the run evaluated as of
 * @param expected the value expected by {@code evaluatedAt}
 * @param projected the value projected at the deadline
 * @param gap how far the actual is from the target value (positive while short)
 * @param actualProgress share of the planned change achieved (1 = target reached)
 * @param dataDate the day the data used refers to
 * @param explanation why the status is what it is, in words
 * @param statusChanged whether the status differs from the target's in the latest run before (or it had none):
 *     such evaluations are kept when the history is thinned to one run a day (null in history written before)
 */
@Document("target_evaluations")
@CompoundIndex(name = "target_time", def = "{'targetCode': 1, 'evaluatedAt': -1}")
@CompoundIndex(name = "run", def = "{'runId': 1, 'targetCode': 1}")
public record TargetEvaluation(@Id String id, String runId, String targetCode, String planCode, TargetKind kind,
		String subjectUnitCode, String responsibleUnitCode, TargetComparator comparator, Instant evaluatedAt,
		TargetStatus status, BigDecimal targetValue, BigDecimal actual, BigDecimal expected, BigDecimal projected,
		BigDecimal gap, BigDecimal actualProgress, BigDecimal expectedProgress, BigDecimal projectedProgress,
		LocalDate dataDate, Provenance provenance, String explanation, Boolean statusChanged) implements NodeObject {

	public static String idOf(String runId, String targetCode) {
		return runId + ":" + targetCode;
	}

	/** The value as a ratio of the target, oriented so that 1 or more means the target is met. */
	public BigDecimal attainment(BigDecimal value) {
		if (value == null || targetValue.signum() == 0 || value.signum() == 0) {
			return null;
		}
		return comparator == TargetComparator.AT_LEAST ? value.divide(targetValue, 4, java.math.RoundingMode.HALF_UP)
				: targetValue.divide(value, 4, java.math.RoundingMode.HALF_UP);
	}

	@Override
	public String nodeType() {
		return "TargetEvaluation";
	}

	@Override
	public String nodeKey() {
		return id;
	}

}
