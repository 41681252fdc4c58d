package vn.parmonitor.indicator;

/** What an indicator's values are. */
public enum IndicatorMeasure {

	/** A percentage from 0 to 100; ratio indicators compute it from numerator ÷ denominator. */
	PERCENT,
	/** A whole number of things, 0 or more (e.g. information systems connected). */
	COUNT,
	/** Any decimal number (e.g. days, amounts). */
	NUMBER

}
