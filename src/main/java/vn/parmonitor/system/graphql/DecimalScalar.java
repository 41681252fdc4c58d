package vn.parmonitor.system.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code Decimal}: an exact decimal number, written as a string ({@code "81.45"}) so that no client turns points
 * into binary floating point on the way. Accepted as input from a string, an integer or a float literal.
 *
 * <p>Inputs are bounded before any arithmetic touches them: at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point and {@value #MAX_FRACTION_DIGITS} after it (an exponent is allowed, the value must still fit).
 * Without the bound, {@code "1e99999999"} is a valid {@link BigDecimal} that costs minutes of CPU the first time it
 * is printed or rescaled, and 40 significant digits do not fit MongoDB's decimal128.
 */
public final class DecimalScalar {

	/** Digits before the decimal point: a count of dossiers or a budget in đồng fits with room to spare. */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** Digits after the decimal point (points have at most 3, ratios a few more). */
	public static final int MAX_FRACTION_DIGITS = 10;

	/** Longest text considered at all: the longest accepted value, a sign, a point and an exponent fit in it. */
	private static final int MAX_TEXT_LENGTH = 64;

	private static final Pattern FORM = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

	/** The accepted form, as error messages state it. */
	public static final String ACCEPTED = "a decimal number with at most " + MAX_INTEGER_DIGITS
			+ " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after it, e.g. \"16.4\"";

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number serialized as a string, e.g. \"81.45\". Inputs may be strings or numbers, "
				+ "with at most " + MAX_INTEGER_DIGITS + " digits before the decimal point and " + MAX_FRACTION_DIGITS
				+ " after it.")
		.coercing(new DecimalCoercing())
		.build();

	private DecimalScalar() {
	}

	/**
	 * The value of {@code text} when it is an accepted Decimal.
	 * @throws IllegalArgumentException naming the value and the accepted form otherwise
	 */
	public static BigDecimal parse(String text) {
		String trimmed = text.strip();
		if (trimmed.length() > MAX_TEXT_LENGTH || !FORM.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("'" + abbreviate(trimmed) + "' is not " + ACCEPTED);
		}
		return bounded(new BigDecimal(trimmed), trimmed);
	}

	/** {@code value} when it lies within the accepted bounds. */
	public static BigDecimal bounded(BigDecimal value, String shown) {
		// precision and scale are read off the representation: no arithmetic on a huge exponent happens here.
		long integerDigits = (long) value.precision() - value.scale();
		if (integerDigits > MAX_INTEGER_DIGITS) {
			throw new IllegalArgumentException("'" + abbreviate(shown) + "' has more than " + MAX_INTEGER_DIGITS
					+ " digits before the decimal point; accepted: " + ACCEPTED);
		}
		if (value.scale() > MAX_FRACTION_DIGITS) {
			// Trailing zeros do not count ("1.50000000000000" is 1.5); stripping is cheap for a bounded scale.
			BigDecimal stripped = value.scale() > MAX_TEXT_LENGTH ? value : value.stripTrailingZeros();
			if (stripped.scale() > MAX_FRACTION_DIGITS) {
				throw new IllegalArgumentException("'" + abbreviate(shown) + "' has more than " + MAX_FRACTION_DIGITS
						+ " digits after the decimal point; accepted: " + ACCEPTED);
			}
			return stripped;
		}
		return value;
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + " characters)";
	}

	private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			if (value instanceof Number || value instanceof String) {
				return convert(value.toString(), CoercingSerializeException::new).toPlainString();
			}
			throw new CoercingSerializeException("Expected a decimal number but got " + value.getClass().getSimpleName());
		}

		@Override
		public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof BigDecimal decimal) {
				return bounded(decimal, CoercingParseValueException::new);
			}
			if (input instanceof Integer || input instanceof Long || input instanceof Short || input instanceof Byte
					|| input instanceof BigInteger) {
				return bounded(new BigDecimal(input.toString()), CoercingParseValueException::new);
			}
			if (input instanceof Number || input instanceof String) {
				// Doubles (JSON numbers read as binary floating point) pass through their shortest decimal text.
				return convert(input.toString(), CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("Expected " + ACCEPTED + " as a string or number, but got "
					+ (input == null ? "null" : input.getClass().getSimpleName()));
		}

		@Override
		public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				return convert(string.getValue(), CoercingParseLiteralException::new);
			}
			if (input instanceof IntValue integer) {
				return bounded(new BigDecimal(integer.getValue()), CoercingParseLiteralException::new);
			}
			if (input instanceof FloatValue floating) {
				return bounded(floating.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("Expected " + ACCEPTED + " as a string or number literal");
		}

		private static <E extends RuntimeException> BigDecimal convert(String text, Function<String, E> error) {
			try {
				return parse(text);
			}
			catch (IllegalArgumentException ex) {
				throw error.apply(ex.getMessage());
			}
		}

		private static <E extends RuntimeException> BigDecimal bounded(BigDecimal value, Function<String, E> error) {
			try {
				// toString (not toPlainString): it prints a huge exponent in a few characters.
				return DecimalScalar.bounded(value, value.toString());
			}
			catch (IllegalArgumentException ex) {
				throw error.apply(ex.getMessage());
			}
		}

	}

}
