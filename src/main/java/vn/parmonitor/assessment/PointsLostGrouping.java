package vn.parmonitor.assessment;

/** How points lost are rolled up. */
public enum PointsLostGrouping {

	FIELD, CRITERION, COMPONENT,
	/** By the lead agency in charge of each component (the first of its responsible units). */
	RESPONSIBLE_AGENCY,
	/** By assessment method: self-assessment, statistics, leaders' survey, citizens' survey. */
	ASSESSMENT_METHOD

}
