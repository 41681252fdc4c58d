package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorMeasure;
import vn.parmonitor.indicator.ReportingPeriod;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.system.graphql.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a what-if accepts as assumptions, beyond what the demo data can show. */
class AssumptionValidatorTest {

	final CriterionTree tree = PathPlannerTest.treeWithRubrics();

	@Test
	void anIndicatorNoRubricUsesIsRefusedWithTheIndicatorsTheRubricsDoUse() {
		Indicator unused = indicator("UNUSED");
		assertThatThrownBy(() -> AssumptionValidator.validate(tree,
				List.of(new AssumptionValidator.IndicatorAssumption("UNUSED", BigDecimal.ONE)), null,
				Map.of("UNUSED", unused)))
			.isInstanceOfSatisfying(InvalidArgumentException.class, ex -> {
				assertThat(ex.argument()).isEqualTo("indicators[0].indicatorCode");
				assertThat(ex.getMessage()).isEqualTo("indicator UNUSED scores no component of T (its rubrics use ONLINE, "
						+ "OVERDUE, PAY)");
			});
	}

	@Test
	void moreThanFiftyAssumptionsAreRefusedAndTheOrderGivenIsKept() {
		List<AssumptionValidator.ComponentAssumption> many = Collections.nCopies(51,
				new AssumptionValidator.ComponentAssumption("1.1.4", BigDecimal.ONE));
		assertThatThrownBy(() -> AssumptionValidator.validate(tree, null, many, Map.of()))
			.isInstanceOfSatisfying(InvalidArgumentException.class, ex -> assertThat(ex.argument()).isEqualTo("components"))
			.hasMessage("at most 50 component assumptions, got 51");
		Assumptions kept = AssumptionValidator.validate(tree, List.of(
				new AssumptionValidator.IndicatorAssumption("PAY", new BigDecimal("90")),
				new AssumptionValidator.IndicatorAssumption("ONLINE", new BigDecimal("100"))), null,
				Map.of("PAY", indicator("PAY"), "ONLINE", indicator("ONLINE")));
		assertThat(kept.indicatorValues().keySet()).containsExactly("PAY", "ONLINE");
	}

	private static Indicator indicator(String code) {
		return new Indicator(code, code, null, null, IndicatorMeasure.PERCENT, Direction.HIGHER_IS_BETTER,
				ReportingPeriod.MONTHLY, false, false, null, null, null, Instant.EPOCH);
	}

}
