package vn.parmonitor.plan;

import java.math.BigDecimal;

/** How an actual value is held against the target value. */
public enum TargetComparator {

	/** Met when the actual is at least the target (index, points, online rate). */
	AT_LEAST,
	/** Met when the actual is at most the target (rank, overdue dossiers). */
	AT_MOST;

	public boolean met(BigDecimal actual, BigDecimal target) {
		int comparison = actual.compareTo(target);
		return this == AT_LEAST ? comparison >= 0 : comparison <= 0;
	}

}
