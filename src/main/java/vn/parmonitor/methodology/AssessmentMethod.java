package vn.parmonitor.methodology;

/**
 * How a component's points are earned. A component is assessed by exactly one method; survey-based components are
 * never self-scored.
 */
public enum AssessmentMethod {

	/** The unit scores itself with evidence documents; the appraisal council accepts or cuts each score. */
	APPRAISED_SELF_ASSESSMENT,
	/** Taken from statistics (e.g. socio-economic impact). */
	STATISTICS,
	/** Sociological survey of leaders and managers (incl. People's Council delegates). */
	LEADERS_SURVEY,
	/** SIPAS survey of citizens' and organisations' satisfaction. */
	CITIZENS_SURVEY;

	/** Whether a component of this method may be measured by an indicator (a rubric); surveys are not. */
	public boolean measurable() {
		return this == APPRAISED_SELF_ASSESSMENT || this == STATISTICS;
	}

	/** Whether the unit itself may enter a self-assessed score for components of this method. */
	public boolean selfScored() {
		return this == APPRAISED_SELF_ASSESSMENT;
	}

}
