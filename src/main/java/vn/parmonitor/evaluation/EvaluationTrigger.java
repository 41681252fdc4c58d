package vn.parmonitor.evaluation;

/** What started an evaluation run. */
public enum EvaluationTrigger {

	/** The Quartz schedule. */
	SCHEDULED,
	/** The one run after start-up. */
	STARTUP,
	/** The {@code evaluateTargets} mutation. */
	MANUAL

}
