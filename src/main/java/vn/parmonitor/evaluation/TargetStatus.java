package vn.parmonitor.evaluation;

/** Where a target stands at an evaluation; the order runs from best to worst (NO_DATA apart). */
public enum TargetStatus {

	/** The target is met on final data. */
	ACHIEVED,
	/** On schedule, and the trend reaches the target by the deadline. */
	ON_TRACK,
	/** Somewhat behind: a warning alert. */
	AT_RISK,
	/** Far behind, or the deadline passed unmet: a critical alert. */
	OFF_TRACK,
	/** No data to judge by (none yet, or none within the reporting period). */
	NO_DATA;

	/** The worse of two judgements of progress. */
	static TargetStatus worse(TargetStatus a, TargetStatus b) {
		return a.ordinal() >= b.ordinal() ? a : b;
	}

	/** Whether the target lags (AT_RISK or OFF_TRACK). */
	public boolean lagging() {
		return this == AT_RISK || this == OFF_TRACK;
	}

}
