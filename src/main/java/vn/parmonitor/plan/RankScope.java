package vn.parmonitor.plan;

/** Whom a rank target compares the unit with. */
public enum RankScope {

	/** Every unit scored with the methodology (e.g. the 63 provinces). */
	ALL,
	/** The units with the same parent (e.g. Lạng Sơn's 11 districts). */
	WITHIN_PARENT

}
