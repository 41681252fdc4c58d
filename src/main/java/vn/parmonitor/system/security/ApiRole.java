package vn.parmonitor.system.security;

/**
 * What a caller may do. Published results need no token; everything else needs one of these (README, "People and
 * roles").
 */
public enum ApiRole {

	/** The Department of Home Affairs: structure, methodologies, plans, publication; changes all data. */
	ADMIN,
	/** A member of the appraisal council: records appraised scores and returns self-assessments with comments. */
	APPRAISER,
	/**
	 * An officer of one unit: its own self-assessment, evidence, observations, contacts and acknowledgements, for
	 * itself and the units below it.
	 */
	UNIT,
	/** The Steering Committee: reads unpublished data, changes nothing. */
	VIEWER

}
