package vn.parmonitor.system.graphql;

/** Stable codes of {@link UserError}s, so that clients can react without parsing messages. */
public enum UserErrorCode {

	/** A required value is missing or blank. */
	REQUIRED,
	/** A value is malformed (wrong pattern, too many decimal places, ...). */
	INVALID,
	/** A number lies outside its accepted range. */
	OUT_OF_RANGE,
	/** A referenced object (unit, methodology, component, ...) does not exist. */
	NOT_FOUND,
	/** The same key appears twice in the input. */
	DUPLICATE,
	/** Parts of a criteria tree do not add up to their parent or to the total. */
	SUM_MISMATCH,
	/** The shape of a criteria tree is wrong (levels, leaves). */
	STRUCTURE,
	/** The input contradicts what is stored (e.g. replacing a methodology that already has scores). */
	CONFLICT,
	/** The input is too large for one request. */
	TOO_MANY,
	/** The caller may not act for the unit named (an imported row about a unit outside a unit officer's scope). */
	FORBIDDEN

}
