package vn.parmonitor.system.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scalars refuse what would hurt the server before any arithmetic touches it: a Decimal with a huge exponent or
 * too many digits, a date far outside the years the product deals with. Each refusal states the accepted form.
 */
class ScalarBoundsTest {

	static final Coercing<?, ?> DECIMAL = DecimalScalar.INSTANCE.getCoercing();

	static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

	@ParameterizedTest
	@ValueSource(strings = { "81.45", "0", "-3.5", "100", "146953", "999999999999999", "0.0000000001", "1.5e2",
			"1.50000000000000000000", ".5", "16." })
	void acceptsTheDecimalsUsersSend(String text) {
		assertThat((BigDecimal) DECIMAL.parseValue(text, CONTEXT, Locale.ROOT))
			.isEqualByComparingTo(new BigDecimal(text.endsWith(".") ? text + "0" : text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e99999999", "1e9999", "-1e9999", "1e16", "1234567890123456", "0.00000000001",
			"1.234567890123456789012345678901234567890", "NaN", "Infinity", "12,5", "1e", "", " ", "0x10", "1_000" })
	void refusesHugeTinyAndMalformedDecimalsNamingTheAcceptedForm(String text) {
		assertThatThrownBy(() -> DECIMAL.parseValue(text, CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class)
			.hasMessageContaining("15 digits before the decimal point and 10 after");
	}

	@Test
	void aFourHundredDigitNumberIsRefusedAsAnyLiteralOrVariable() {
		String digits = "9".repeat(400);
		assertThatThrownBy(() -> DECIMAL.parseValue(digits, CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class);
		assertThatThrownBy(() -> DECIMAL.parseValue(new BigInteger(digits), CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class);
		assertThatThrownBy(() -> DECIMAL.parseValue(new BigDecimal("1E+99999999"), CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class);
		assertThatThrownBy(() -> DECIMAL.parseValue(Double.POSITIVE_INFINITY, CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class);
		assertThatThrownBy(() -> DECIMAL.parseLiteral(new IntValue(new BigInteger(digits)), CoercedVariables.emptyVariables(),
				CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseLiteralException.class);
		assertThatThrownBy(() -> DECIMAL.parseLiteral(new FloatValue(new BigDecimal("1e99999999")),
				CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseLiteralException.class);
		assertThat((BigDecimal) DECIMAL.parseLiteral(new StringValue("16.4"), CoercedVariables.emptyVariables(), CONTEXT,
				Locale.ROOT)).isEqualByComparingTo("16.4");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-12-31", "-999999999-01-01", "0000-01-01", "1899-12-31", "2200-01-01",
			"2023-02-30", "2023-13-01", "yesterday", "20231231" })
	void refusesDatesOutsideTheYearsOfThePublicAdministration(String text) {
		assertThatThrownBy(() -> TemporalScalars.DATE.getCoercing().parseValue(text, CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class)
			.hasMessageContaining("between 1900-01-01 and 2199-12-31");
	}

	@ParameterizedTest
	@ValueSource(strings = { "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
			"2023-06-30T17:00:00", "2023-06-30" })
	void refusesInstantsOutsideTheRangeOrWithoutAnOffset(String text) {
		assertThatThrownBy(() -> TemporalScalars.DATE_TIME.getCoercing().parseValue(text, CONTEXT, Locale.ROOT))
			.isInstanceOf(CoercingParseValueException.class)
			.hasMessageContaining("between 1900-01-01 and 2199-12-31");
	}

	@Test
	void acceptsTheDatesOfTheIndex() {
		assertThat(TemporalScalars.DATE.getCoercing().parseValue("2025-07-01", CONTEXT, Locale.ROOT))
			.isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(TemporalScalars.DATE_TIME.getCoercing().parseValue("2023-11-10T09:00:00+07:00", CONTEXT, Locale.ROOT))
			.isEqualTo(Instant.parse("2023-11-10T02:00:00Z"));
	}

}
