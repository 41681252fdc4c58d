package vn.parmonitor.forecast;

/** What a component's forecast rests on, from the most certain to the least. */
public enum ForecastBasis {

	/** FINAL or APPRAISED points are recorded: certain. */
	RECORDED,
	/** A what-if's assumption: the component's points, or its rubric on its indicator's assumed year-end value. */
	ASSUMED,
	/** The component's rubric applied to its indicator's projected year-end value. */
	INDICATOR,
	/** The unit's SELF score, discounted by its history of appraisal cuts. */
	SELF_ASSESSMENT,
	/** A survey component (leaders' survey, SIPAS) from the unit's previous years, as a range. */
	SURVEY_HISTORY,
	/** Nothing to go on this year: last year's final points with the full range 0 to the maximum. */
	NO_BASIS

}
