package vn.parmonitor.system.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code Date} (ISO-8601 calendar date) and {@code DateTime} (ISO-8601 instant with offset) scalars.
 *
 * <p>Both accept the years {@value #FIRST_YEAR} to {@value #LAST_YEAR} only: ISO-8601 allows years up to
 * ±999,999,999, and dates that far out overflow the arithmetic on periods and deadlines downstream.
 */
final class TemporalScalars {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2199;

	private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

	/** Longer texts are refused before parsing. */
	private static final int MAX_TEXT_LENGTH = 40;

	static final GraphQLScalarType DATE = scalar("Date",
			"A calendar date in ISO-8601 form, e.g. \"2023-12-31\", from " + FIRST_DAY + " to " + LAST_DAY + ".",
			LocalDate.class, LocalDate::parse, date -> date, LocalDate::toString, "\"2023-12-31\"");

	static final GraphQLScalarType DATE_TIME = scalar("DateTime",
			"An instant in ISO-8601 form with an offset, e.g. \"2023-06-30T17:00:00Z\", in the years " + FIRST_YEAR
					+ " to " + LAST_YEAR + ".",
			Instant.class, text -> OffsetDateTime.parse(text).toInstant(),
			instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC), Instant::toString, "\"2023-06-30T17:00:00Z\"");

	private TemporalScalars() {
	}

	private static <T> GraphQLScalarType scalar(String name, String description, Class<T> type,
			Function<String, T> parser, Function<T, LocalDate> day, Function<T, String> printer, String example) {
		String accepted = "an ISO-8601 " + name + " such as " + example + " between " + FIRST_DAY + " and " + LAST_DAY;
		return GraphQLScalarType.newScalar().name(name).description(description).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return printer.apply(type.cast(value));
				}
				throw new CoercingSerializeException("Expected a " + type.getSimpleName() + " for " + name);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				if (type.isInstance(input)) {
					return inRange(type.cast(input), String.valueOf(input), CoercingParseValueException::new);
				}
				if (!(input instanceof String text)) {
					throw new CoercingParseValueException(name + " must be a string: " + accepted);
				}
				return parse(text, CoercingParseValueException::new);
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue string) {
					return parse(string.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException(name + " must be a string: " + accepted);
			}

			private <E extends RuntimeException> T parse(String text, Function<String, E> error) {
				if (text.length() > MAX_TEXT_LENGTH) {
					throw error.apply("a text of " + text.length() + " characters is not " + accepted);
				}
				T value;
				try {
					value = parser.apply(text);
				}
				catch (DateTimeException ex) {
					throw error.apply("'" + text + "' is not " + accepted);
				}
				return inRange(value, text, error);
			}

			private <E extends RuntimeException> T inRange(T value, String text, Function<String, E> error) {
				LocalDate date = day.apply(value);
				if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
					throw error.apply("'" + text + "' lies outside the accepted range: " + accepted);
				}
				return value;
			}
		}).build();
	}

}
