package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.methodology.RubricKind;
import vn.parmonitor.methodology.ScoringRubric;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parmonitor.methodology.TestTrees.criterion;
import static vn.parmonitor.methodology.TestTrees.field;
import static vn.parmonitor.methodology.TestTrees.tree;

/** The path to a goal: the next step of each component that can still gain, largest gain first. */
class PathPlannerTest {

	static final ScoringRubric PAYMENT_BANDS = new ScoringRubric("PAY", RubricKind.BANDS, null, null,
			List.of(new ScoringRubric.Band(bd("95"), bd("2")), new ScoringRubric.Band(bd("80"), bd("1")),
					new ScoringRubric.Band(bd("50"), bd("0.5"))),
			BigDecimal.ZERO, null, false);

	static final ScoringRubric ONLINE_LINEAR = new ScoringRubric("ONLINE", RubricKind.LINEAR, bd("50"), bd("100"), null,
			null, null, false);

	static final ScoringRubric OVERDUE_LINEAR = new ScoringRubric("OVERDUE", RubricKind.LINEAR, bd("10"), bd("0"), null,
			null, null, false);

	final CriterionTree tree = treeWithRubrics();

	/** Five components of 2 points: 1.1.1 to 1.1.3 scored by rubrics (PAY bands, ONLINE and OVERDUE linear). */
	static CriterionTree treeWithRubrics() {
		return tree("T", 2023, "10", field("1", "10", "AGENCY-A"), criterion("1.1", "1", "10"),
			measured("1.1.1", "2", PAYMENT_BANDS), measured("1.1.2", "2", ONLINE_LINEAR),
			measured("1.1.3", "2", OVERDUE_LINEAR),
			new CriterionDefinition("1.1.4", "1.1", "self", null, NodeLevel.COMPONENT, bd("2"),
					AssessmentMethod.APPRAISED_SELF_ASSESSMENT, List.of("AGENCY-B"), null),
			new CriterionDefinition("1.1.5", "1.1", "recorded", null, NodeLevel.COMPONENT, bd("2"),
					AssessmentMethod.APPRAISED_SELF_ASSESSMENT, List.of(), null));
	}

	@Test
	void eachComponentThatCanGainTakesItsNextStepLargestGainFirstAndTheStepThatClosesTheGapIsMarked() {
		IndexForecast forecast = IndexForecast.of("U", tree, 2023, Instant.EPOCH, List.of(
				// payment projected at 62%: 0.5 now, the next band (80% → 1) gains 0.5
				byIndicator("1.1.1", "0.5", "62", true),
				// online at 90%: 1.6 of 2 by the linear rubric; 100% gains 0.4
				byIndicator("1.1.2", "1.6", "90", true),
				// overdue at 4 (less is better): 1.2 of 2; 0 gains 0.8
				byIndicator("1.1.3", "1.2", "4", false),
				new ComponentForecast(node("1.1.4"), ForecastBasis.SELF_ASSESSMENT, new Range(bd("1.7"), bd("1.5"), bd("1.9")),
						"self"),
				new ComponentForecast(node("1.1.5"), ForecastBasis.RECORDED, Range.exactly(bd("1")), "recorded")));
		assertThat(forecast.points().likely()).isEqualByComparingTo("6");
		PathToTarget path = PathPlanner.plan(forecast, bd("70"), "index 70%", null);
		assertThat(path.goalPoints()).isEqualByComparingTo("7");
		assertThat(path.pointsMissing()).isEqualByComparingTo("1");
		assertThat(path.steps()).extracting(step -> step.forecast().component().code())
			.as("recorded points take no step").containsExactly("1.1.3", "1.1.1", "1.1.2", "1.1.4");
		assertThat(path.steps()).extracting(PathStep::stepGain).extracting(BigDecimal::toPlainString)
			.containsExactly("0.8", "0.5", "0.4", "0.3");
		PathStep overdue = path.steps().get(0);
		assertThat(overdue.neededValue()).isEqualByComparingTo("0");
		assertThat(overdue.takes()).startsWith("OVERDUE from 4 (projected for the year end) to at most 0");
		assertThat(overdue.leadAgencyCode()).as("inherited from field 1").isEqualTo("AGENCY-A");
		PathStep payment = path.steps().get(1);
		assertThat(payment.neededValue()).as("the nearest band worth more, not the best").isEqualByComparingTo("80");
		assertThat(payment.gainablePoints()).isEqualByComparingTo("1.5");
		assertThat(payment.closesGap()).as("0.8 + 0.5 covers the 1 point missing").isTrue();
		assertThat(path.steps()).filteredOn(PathStep::closesGap).hasSize(1);
		assertThat(path.steps().get(3).leadAgencyCode()).isEqualTo("AGENCY-B");
		assertThat(path.steps().get(3).lever()).isEqualTo(PathLever.EVIDENCE);
		assertThat(path.gainablePoints()).isEqualByComparingTo("2");
		assertThat(path.reachable()).isTrue();
		assertThat(path.summary()).endsWith("4 components can gain 2, the first 2 of them close the gap");

		PathToTarget reached = PathPlanner.plan(forecast, bd("55"), "index 55%", null);
		assertThat(reached.pointsMissing()).isEqualByComparingTo("0");
		assertThat(reached.steps()).noneMatch(PathStep::closesGap);
		assertThat(reached.summary()).endsWith("already reaches it");
		assertThat(PathPlanner.plan(forecast, bd("90"), "index 90%", null).reachable()).isFalse();
	}

	private ComponentForecast byIndicator(String code, String points, String projected, boolean higherIsBetter) {
		CriterionDefinition component = node(code);
		return new ComponentForecast(component, ForecastBasis.INDICATOR, Range.exactly(bd(points)), "by indicator",
				component.rubric().indicatorCode(), new YearEndProjection.Projection(Range.exactly(bd(projected)),
						"LINEAR_TREND", 6), higherIsBetter);
	}

	private CriterionDefinition node(String code) {
		return tree.node(code).orElseThrow();
	}

	private static CriterionDefinition measured(String code, String max, ScoringRubric rubric) {
		return new CriterionDefinition(code, "1.1", "measured " + code, null, NodeLevel.COMPONENT, bd(max),
				AssessmentMethod.STATISTICS, List.of(), rubric);
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
