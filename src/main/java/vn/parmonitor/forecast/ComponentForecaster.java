package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.parmonitor.assessment.ComponentScore;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.assessment.StageScore;
import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.ScoringRubric;

/**
 * Forecasts each component of a unit's year on the most certain basis it has (README, "Forecast"): recorded
 * FINAL or APPRAISED points; the rubric applied to its indicator's projected year-end value; the SELF score
 * discounted by the unit's appraisal cuts; a survey's share in earlier years; else last year's points with the
 * whole range. Pure: everything it needs is handed to it.
 */
final class ComponentForecaster {

	private static final BigDecimal SURVEY_MIN_SPREAD = new BigDecimal("0.05");

	private final CriterionTree tree;

	private final Map<String, ComponentScore> current;

	private final ScoreStage knownStage;

	private final List<AppraisalCut.Scored> history;

	private final AppraisalCut cut;

	private final Map<String, IndicatorOutlook> outlooks;

	private final Assumptions assumptions;

	/**
	 * @param current this year's scores, by component code
	 * @param knownStage the latest stage taken as known (null: every stage recorded)
	 * @param history the unit's earlier years in the same family, newest first
	 * @param outlooks the projected year-end values of the rubrics' indicators, by indicator code
	 * @param assumptions what a what-if takes as given ({@link Assumptions#NONE} for the forecast itself); assumed
	 *     indicator values arrive as {@code outlooks} of method ASSUMED
	 */
	ComponentForecaster(CriterionTree tree, Map<String, ComponentScore> current, ScoreStage knownStage,
			List<AppraisalCut.Scored> history, AppraisalCut cut, Map<String, IndicatorOutlook> outlooks,
			Assumptions assumptions) {
		this.tree = tree;
		this.current = current;
		this.knownStage = knownStage;
		this.history = history;
		this.cut = cut;
		this.outlooks = outlooks;
		this.assumptions = assumptions;
	}

	List<ComponentForecast> forecast() {
		List<ComponentForecast> forecasts = new ArrayList<>();
		for (CriterionDefinition component : tree.components()) {
			forecasts.add(forecast(component));
		}
		return forecasts;
	}

	private ComponentForecast forecast(CriterionDefinition component) {
		BigDecimal max = component.maxPoints();
		BigDecimal assumedPoints = assumptions.componentPoints().get(component.code());
		if (assumedPoints != null) {
			return new ComponentForecast(component, ForecastBasis.ASSUMED, Range.exactly(assumedPoints),
					"assumed: " + plain(assumedPoints) + " of " + plain(max));
		}
		ComponentScore score = current.get(component.code());
		for (ScoreStage stage : List.of(ScoreStage.FINAL, ScoreStage.APPRAISED)) {
			StageScore recorded = known(score, stage);
			if (recorded != null) {
				return new ComponentForecast(component, ForecastBasis.RECORDED, Range.exactly(recorded.points()),
						stage + " " + plain(recorded.points()) + " of " + plain(max) + " (recorded)");
			}
		}
		ScoringRubric rubric = component.rubric();
		IndicatorOutlook outlook = rubric == null ? null : outlooks.get(rubric.indicatorCode());
		if (outlook != null) {
			return byIndicator(component, rubric, outlook);
		}
		StageScore self = known(score, ScoreStage.SELF);
		if (self != null) {
			BigDecimal likely = self.points().multiply(cut.kept());
			Range points = Range.within(likely, self.points().multiply(cut.low()), self.points().multiply(cut.high()),
					BigDecimal.ZERO, max).rounded(3);
			return new ComponentForecast(component, ForecastBasis.SELF_ASSESSMENT, points, "SELF " + plain(self.points())
					+ " of " + plain(max) + ", of which " + percent(cut.kept()) + " is expected to be kept: "
					+ cut.describe());
		}
		if (component.method() == AssessmentMethod.LEADERS_SURVEY || component.method() == AssessmentMethod.CITIZENS_SURVEY) {
			ComponentForecast survey = bySurveyHistory(component);
			if (survey != null) {
				return survey;
			}
		}
		return withoutBasis(component);
	}

	private ComponentForecast byIndicator(CriterionDefinition component, ScoringRubric rubric, IndicatorOutlook outlook) {
		BigDecimal max = component.maxPoints();
		Range value = outlook.projection().value();
		boolean higher = outlook.higherIsBetter();
		BigDecimal likely = rubric.points(value.likely(), max, higher);
		if (outlook.assumed()) {
			return new ComponentForecast(component, ForecastBasis.ASSUMED, Range.exactly(likely), "the " + rubric.kind()
					+ " rubric on " + rubric.indicatorCode() + "'s assumed year-end value " + plain(value.likely()) + ": "
					+ plain(likely) + " of " + plain(max) + (rubric.illustrative() ? "; the rubric is illustrative" : ""),
					rubric.indicatorCode(), outlook.projection(), higher);
		}
		BigDecimal atLow = rubric.points(value.low(), max, higher);
		BigDecimal atHigh = rubric.points(value.high(), max, higher);
		Range points = new Range(likely, likely.min(atLow).min(atHigh), likely.max(atLow).max(atHigh));
		return new ComponentForecast(component, ForecastBasis.INDICATOR, points, "the " + rubric.kind() + " rubric on "
				+ rubric.indicatorCode() + "'s projected year-end value " + value + " ("
				+ describe(outlook.projection()) + ")" + (rubric.illustrative() ? "; the rubric is illustrative" : ""),
				rubric.indicatorCode(), outlook.projection(), higher);
	}

	private ComponentForecast bySurveyHistory(CriterionDefinition component) {
		List<BigDecimal> shares = new ArrayList<>();
		List<String> years = new ArrayList<>();
		for (AppraisalCut.Scored year : history) {
			BigDecimal share = componentShare(year, component);
			if (share == null) {
				share = methodShare(year, component.method());
			}
			if (share != null) {
				shares.add(share);
				years.add(year.assessment().year() + " " + percent(share));
			}
		}
		if (shares.isEmpty()) {
			return null;
		}
		BigDecimal mean = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(shares.size()), 4, RoundingMode.HALF_UP);
		// As with appraisal cuts: a few years' extremes do not bound the next year, which reaches beyond them.
		BigDecimal low = shares.stream().reduce(BigDecimal::min).orElseThrow().subtract(SURVEY_MIN_SPREAD);
		BigDecimal high = shares.stream().reduce(BigDecimal::max).orElseThrow().add(SURVEY_MIN_SPREAD);
		BigDecimal max = component.maxPoints();
		Range points = Range.within(max.multiply(mean), max.multiply(low), max.multiply(high), BigDecimal.ZERO, max)
			.rounded(3);
		return new ComponentForecast(component, ForecastBasis.SURVEY_HISTORY, points, "the "
				+ component.method() + " earned " + percent(mean) + " of its points in earlier years ("
				+ String.join(", ", years) + "), a range, not a certainty");
	}

	private ComponentForecast withoutBasis(CriterionDefinition component) {
		BigDecimal max = component.maxPoints();
		BigDecimal lastYear = null;
		String said;
		if (!history.isEmpty()) {
			AppraisalCut.Scored last = history.get(0);
			StageScore fin = scoreOf(last, component.code(), ScoreStage.FINAL);
			if (fin != null && last.tree().node(component.code()).isPresent()) {
				lastYear = fin.points().min(max);
			}
		}
		if (lastYear != null) {
			said = "nothing scored or measured this year: last year's final " + plain(lastYear) + ", anywhere from 0 to "
					+ plain(max);
		}
		else {
			lastYear = max.divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP);
			said = "nothing scored or measured, this year or the last: half the points, anywhere from 0 to " + plain(max);
		}
		return new ComponentForecast(component, ForecastBasis.NO_BASIS, new Range(lastYear, BigDecimal.ZERO, max), said);
	}

	/** The FINAL share of a component of the same code in an earlier year, or null. */
	private static BigDecimal componentShare(AppraisalCut.Scored year, CriterionDefinition component) {
		var node = year.tree().node(component.code());
		StageScore fin = scoreOf(year, component.code(), ScoreStage.FINAL);
		if (node.isEmpty() || fin == null || node.get().method() != component.method()) {
			return null;
		}
		return fin.points().divide(node.get().maxPoints(), 4, RoundingMode.HALF_UP);
	}

	/** The FINAL share of all components of a method in an earlier year, or null. */
	private static BigDecimal methodShare(AppraisalCut.Scored year, AssessmentMethod method) {
		BigDecimal points = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		for (CriterionDefinition node : year.tree().components()) {
			StageScore fin = scoreOf(year, node.code(), ScoreStage.FINAL);
			if (node.method() == method && fin != null) {
				points = points.add(fin.points());
				max = max.add(node.maxPoints());
			}
		}
		return max.signum() == 0 ? null : points.divide(max, 4, RoundingMode.HALF_UP);
	}

	private static StageScore scoreOf(AppraisalCut.Scored year, String code, ScoreStage stage) {
		return year.assessment().scores().stream().filter(s -> s.componentCode().equals(code)).findFirst()
			.map(s -> s.at(stage)).orElse(null);
	}

	private StageScore known(ComponentScore score, ScoreStage stage) {
		if (score == null || (knownStage != null && stage.compareTo(knownStage) > 0)) {
			return null;
		}
		return score.at(stage);
	}

	private static String describe(YearEndProjection.Projection projection) {
		return switch (projection.method()) {
			case "YEAR_END_VALUE" -> "the year's last period is in";
			case "CARRIED_FORWARD" -> "one observation, carried forward";
			default -> "linear trend of " + projection.observations() + " observations, 90% range";
		};
	}

	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

	static String percent(BigDecimal share) {
		return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
	}

	/** An indicator's projected (or a what-if's assumed) year-end value for the unit, and which way is better. */
	record IndicatorOutlook(YearEndProjection.Projection projection, boolean higherIsBetter) {

		static final String ASSUMED = "ASSUMED";

		static IndicatorOutlook assumed(BigDecimal value, boolean higherIsBetter) {
			return new IndicatorOutlook(new YearEndProjection.Projection(Range.exactly(value), ASSUMED, 0), higherIsBetter);
		}

		boolean assumed() {
			return ASSUMED.equals(projection.method());
		}

	}

}
