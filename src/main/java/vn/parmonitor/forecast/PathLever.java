package vn.parmonitor.forecast;

/** What a step on the path to a target moves. */
public enum PathLever {

	/** An indicator the component's rubric scores: reach a value by the end of the year. */
	INDICATOR,
	/** Self-assessed points the appraisal council is expected to cut: evidence that holds. */
	EVIDENCE,
	/** A survey component: the surveyed leaders' or citizens' views, slow to move within a year. */
	SURVEY,
	/** A component nothing is scored or measured for yet: score it, with evidence. */
	UNSCORED

}
