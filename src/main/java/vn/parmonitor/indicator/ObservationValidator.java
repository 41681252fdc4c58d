package vn.parmonitor.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.Unit;

/**
 * Checks a batch of observations: known indicator and unit, a period key of the indicator's form, values within
 * what the measure allows, numerators within their denominators. Every problem is reported with its input path.
 */
final class ObservationValidator {

	static final int MAX_BATCH = 1000;

	/** How far a given value may be from numerator ÷ denominator × 100 (two-decimal rounding either way). */
	private static final BigDecimal RATIO_TOLERANCE = new BigDecimal("0.01");

	private final List<UserError> errors = new ArrayList<>();

	private final Map<String, Indicator> indicators;

	private final Map<String, Unit> units;

	private final Instant now;

	ObservationValidator(Map<String, Indicator> indicators, Map<String, Unit> units, Instant now) {
		this.indicators = indicators;
		this.units = units;
		this.now = now;
	}

	List<UserError> validate(List<ObservationInput> inputs, boolean single) {
		if (inputs.isEmpty()) {
			return List.of(UserError.of(UserErrorCode.REQUIRED, "give at least one observation", "input", "observations"));
		}
		if (inputs.size() > MAX_BATCH) {
			return List.of(UserError.of(UserErrorCode.TOO_MANY, "a batch holds at most " + MAX_BATCH
					+ " observations, got " + inputs.size(), "input", "observations"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			List<String> path = single ? List.of("input") : List.of("input", "observations", String.valueOf(i));
			check(inputs.get(i), path, seen);
		}
		return errors;
	}

	private void check(ObservationInput input, List<String> path, Set<String> seen) {
		Indicator indicator = indicators.get(input.indicatorCode());
		if (indicator == null) {
			error(UserErrorCode.NOT_FOUND, "indicator " + input.indicatorCode() + " does not exist", path, "indicatorCode");
		}
		if (!units.containsKey(input.unitCode())) {
			error(UserErrorCode.NOT_FOUND, "unit " + input.unitCode() + " does not exist", path, "unitCode");
		}
		if (input.observedAt() != null && input.observedAt().isAfter(now)) {
			error(UserErrorCode.OUT_OF_RANGE, "observedAt " + input.observedAt() + " is in the future", path, "observedAt");
		}
		if (indicator == null) {
			return;
		}
		var period = indicator.period().parse(input.period());
		if (period.isEmpty()) {
			error(UserErrorCode.INVALID, "period '" + input.period() + "' is not a " + indicator.period() + " period of "
					+ indicator.code() + " (expected e.g. " + indicator.period().example() + ")", path, "period");
		}
		else if (units.containsKey(input.unitCode())
				&& units.get(input.unitCode()).notValidDuring(period.get().start(), period.get().end()).isPresent()) {
			error(UserErrorCode.OUT_OF_RANGE, units.get(input.unitCode())
				.notValidDuring(period.get().start(), period.get().end()).get() + ": it has no observations for "
					+ period.get().key(), path, "period");
		}
		else if (!seen.add(Observation.idOf(indicator.code(), input.unitCode(), period.get().key()))) {
			error(UserErrorCode.DUPLICATE, "the batch has more than one observation of " + indicator.code() + " for unit "
					+ input.unitCode() + " in " + period.get().key(), path, "period");
		}
		if (indicator.ratio()) {
			checkRatio(indicator, input, path);
		}
		else {
			checkPlain(indicator, input, path);
		}
	}

	private void checkRatio(Indicator indicator, ObservationInput input, List<String> path) {
		if (input.numerator() == null || input.denominator() == null) {
			error(UserErrorCode.REQUIRED, indicator.code() + " is a ratio: give numerator ("
					+ label(indicator.numeratorLabel()) + ") and denominator (" + label(indicator.denominatorLabel()) + ")",
					path, input.numerator() == null ? "numerator" : "denominator");
			return;
		}
		if (input.denominator().signum() <= 0) {
			error(UserErrorCode.OUT_OF_RANGE, "denominator " + plain(input.denominator()) + " must be greater than 0",
					path, "denominator");
			return;
		}
		if (input.numerator().signum() < 0) {
			error(UserErrorCode.OUT_OF_RANGE, "numerator " + plain(input.numerator()) + " must not be negative", path,
					"numerator");
			return;
		}
		if (input.numerator().compareTo(input.denominator()) > 0) {
			error(UserErrorCode.OUT_OF_RANGE, "numerator " + plain(input.numerator()) + " exceeds denominator "
					+ plain(input.denominator()) + " (accepted: 0 to " + plain(input.denominator()) + ")", path,
					"numerator");
			return;
		}
		BigDecimal computed = ratioPercent(input.numerator(), input.denominator());
		if (input.value() != null && input.value().subtract(computed).abs().compareTo(RATIO_TOLERANCE) > 0) {
			error(UserErrorCode.INVALID, "value " + plain(input.value()) + " does not match numerator ÷ denominator = "
					+ plain(computed) + "; leave value out to have it computed", path, "value");
		}
	}

	private void checkPlain(Indicator indicator, ObservationInput input, List<String> path) {
		if (input.numerator() != null || input.denominator() != null) {
			error(UserErrorCode.INVALID, indicator.code() + " is not a ratio: give value only, without numerator and "
					+ "denominator", path, input.numerator() != null ? "numerator" : "denominator");
		}
		BigDecimal value = input.value();
		if (value == null) {
			error(UserErrorCode.REQUIRED, "value is required for " + indicator.code(), path, "value");
			return;
		}
		BigDecimal min = indicator.minimumValue();
		BigDecimal max = indicator.maximumValue();
		String range = "accepted: " + (min == null ? "any number" : plain(min)) + (max == null ? " or more" : " to " + plain(max));
		if (min != null && value.compareTo(min) < 0) {
			error(UserErrorCode.OUT_OF_RANGE, "value " + plain(value) + " of " + indicator.code() + " is below "
					+ plain(min) + " (" + range + ")", path, "value");
		}
		else if (max != null && value.compareTo(max) > 0) {
			error(UserErrorCode.OUT_OF_RANGE, "value " + plain(value) + " of " + indicator.code() + " is above "
					+ plain(max) + " (" + range + ")", path, "value");
		}
		else if (indicator.measure() == IndicatorMeasure.COUNT && value.stripTrailingZeros().scale() > 0) {
			error(UserErrorCode.INVALID, "value " + plain(value) + " of " + indicator.code()
					+ " must be a whole number (it counts things)", path, "value");
		}
	}

	/** numerator ÷ denominator × 100, two decimals, half up. */
	static BigDecimal ratioPercent(BigDecimal numerator, BigDecimal denominator) {
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
	}

	private static String label(String text) {
		return text == null ? "the part" : text;
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private void error(UserErrorCode code, String message, List<String> path, String field) {
		List<String> full = new ArrayList<>(path);
		full.add(field);
		errors.add(new UserError(full, message, code));
	}

}
