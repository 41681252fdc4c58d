package vn.parmonitor.system.graphql;

import java.math.BigDecimal;
import java.util.Locale;

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
 */
final class DecimalScalar {

	static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number serialized as a string, e.g. \"81.45\". Inputs may be strings or numbers.")
		.coercing(new DecimalCoercing())
		.build();

	private DecimalScalar() {
	}

	private static final class DecimalCoercing implements Coercing<BigDecimal, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof BigDecimal decimal) {
				return decimal.toPlainString();
			}
			if (value instanceof Number || value instanceof String) {
				return parse(value.toString(), CoercingSerializeException::new).toPlainString();
			}
			throw new CoercingSerializeException("Expected a decimal number but got " + value.getClass().getSimpleName());
		}

		@Override
		public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof BigDecimal decimal) {
				return decimal;
			}
			if (input instanceof Number || input instanceof String) {
				return parse(input.toString(), CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("Expected a decimal number as a string or number but got " + input);
		}

		@Override
		public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				return parse(string.getValue(), CoercingParseLiteralException::new);
			}
			if (input instanceof IntValue integer) {
				return new BigDecimal(integer.getValue());
			}
			if (input instanceof FloatValue floating) {
				return floating.getValue();
			}
			throw new CoercingParseLiteralException("Expected a decimal number as a string or number literal");
		}

		private static <E extends RuntimeException> BigDecimal parse(String text,
				java.util.function.Function<String, E> error) {
			try {
				return new BigDecimal(text.trim());
			}
			catch (NumberFormatException ex) {
				throw error.apply("'" + text + "' is not a decimal number (expected e.g. \"16.4\")");
			}
		}

	}

}
