package vn.parmonitor.system.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

/** {@code Date} (ISO-8601 calendar date) and {@code DateTime} (ISO-8601 instant with offset) scalars. */
final class TemporalScalars {

	static final GraphQLScalarType DATE = scalar("Date", "A calendar date in ISO-8601 form, e.g. \"2023-12-31\".",
			LocalDate.class, LocalDate::parse, LocalDate::toString);

	static final GraphQLScalarType DATE_TIME = scalar("DateTime",
			"An instant in ISO-8601 form with an offset, e.g. \"2023-06-30T17:00:00Z\".", Instant.class,
			text -> OffsetDateTime.parse(text).toInstant(), Instant::toString);

	private TemporalScalars() {
	}

	private static <T> GraphQLScalarType scalar(String name, String description, Class<T> type,
			Function<String, T> parser, Function<T, String> printer) {
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
					return type.cast(input);
				}
				return parse(String.valueOf(input), CoercingParseValueException::new);
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue string) {
					return parse(string.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException(name + " must be a string, e.g. " + example());
			}

			private <E extends RuntimeException> T parse(String text, Function<String, E> error) {
				try {
					return parser.apply(text);
				}
				catch (DateTimeParseException ex) {
					throw error.apply("'" + text + "' is not a valid " + name + " (expected e.g. " + example() + ")");
				}
			}

			private String example() {
				return type == LocalDate.class ? "\"2023-12-31\"" : "\"2023-06-30T17:00:00Z\"";
			}
		}).build();
	}

}
