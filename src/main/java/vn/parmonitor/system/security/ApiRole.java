package vn.parmonitor.system.security;

/** What a caller may change. Reading needs no token. */
public enum ApiRole {

	/** The Department of Home Affairs: loads and changes all data. */
	ADMIN,
	/** A unit's officer: reports its own indicators and acknowledges its own alerts (and those of units below it). */
	UNIT

}
