package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.ScoringRubric;

/**
 * The path from a forecast to a goal (README, "Path to the target"): the points missing and, for every component
 * that can still gain, its next step: the next rubric band of its indicator, the value that earns the full points,
 * or the rest of its points through evidence, surveys or scoring; ordered by the points each step gains, the "who
 * must act" list. Recorded and assumed points are fixed and take no step. Pure.
 */
public final class PathPlanner {

	/** Less than this is no gain (points are recorded to 3 decimals). */
	private static final BigDecimal NOTHING = new BigDecimal("0.0005");

	private PathPlanner() {
	}

	/** The path to {@code goalIndexPercent} of the whole index ({@code goal} in words; {@code cutoff} for a rank goal). */
	public static PathToTarget plan(IndexForecast forecast, BigDecimal goalIndexPercent, String goal, RankForecast.Cutoff cutoff) {
		BigDecimal goalPoints = goalIndexPercent.multiply(forecast.maximumPoints()).divide(BigDecimal.valueOf(100), 3,
				RoundingMode.HALF_UP);
		return plan(forecast, null, goalPoints, goal, cutoff);
	}

	/**
	 * The path to {@code goalPoints} of node {@code scope} (a field or criterion; null for the whole index): only the
	 * components below it take steps.
	 */
	public static PathToTarget plan(IndexForecast forecast, String scope, BigDecimal goalPoints, String goal,
			RankForecast.Cutoff cutoff) {
		CriterionTree tree = forecast.tree();
		CriterionDefinition node = scope == null ? null : tree.node(scope).orElseThrow();
		BigDecimal maximum = node == null ? forecast.maximumPoints() : node.maxPoints();
		BigDecimal likely = node == null ? forecast.points().likely() : forecast.nodes().get(scope).likely();
		BigDecimal missing = goalPoints.subtract(likely).max(BigDecimal.ZERO);
		BigDecimal goalIndexPercent = goalPoints.multiply(BigDecimal.valueOf(100)).divide(maximum, 2, RoundingMode.HALF_UP);
		List<Step> candidates = new ArrayList<>();
		for (ComponentForecast component : forecast.components()) {
			Step step = node == null || tree.selfAndAncestors(component.component()).contains(node)
					? nextStep(component) : null;
			if (step != null) {
				candidates.add(step);
			}
		}
		candidates.sort(Comparator.comparing(Step::gain).reversed()
			.thenComparing(Step::lever)
			.thenComparing(step -> step.forecast().component().code()));
		List<PathStep> steps = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		boolean closed = missing.signum() == 0;
		for (Step step : candidates) {
			cumulative = cumulative.add(step.gain());
			boolean closes = !closed && cumulative.compareTo(missing) >= 0;
			closed |= closes;
			CriterionDefinition component = step.forecast().component();
			List<String> agencies = tree.responsibleUnitCodes(component);
			steps.add(new PathStep(step.forecast(), step.lever(), component.maxPoints().subtract(step.forecast().points().likely()),
					step.gain(), step.takes(), step.projected(), step.needed(), agencies.isEmpty() ? null : agencies.get(0),
					cumulative, closes));
		}
		return new PathToTarget(forecast, scope, goal, goalIndexPercent, goalPoints, likely, missing, cutoff, steps);
	}

	private static Step nextStep(ComponentForecast forecast) {
		CriterionDefinition component = forecast.component();
		BigDecimal likely = forecast.points().likely();
		BigDecimal rest = component.maxPoints().subtract(likely);
		if (forecast.basis() == ForecastBasis.RECORDED || forecast.basis() == ForecastBasis.ASSUMED
				|| rest.compareTo(NOTHING) < 0) {
			return null;
		}
		String of = " (" + plain(likely) + " of " + plain(component.maxPoints()) + " points likely)";
		return switch (forecast.basis()) {
			case INDICATOR -> indicatorStep(forecast, rest);
			case SELF_ASSESSMENT -> new Step(forecast, PathLever.EVIDENCE, rest, "evidence the appraisal council accepts "
					+ "for every self-assessed point, and the work behind any point not self-assessed" + of, null, null);
			case SURVEY_HISTORY -> new Step(forecast, PathLever.SURVEY, rest, "better results in the "
					+ surveyName(component.method()) + ": what the surveyed see of the reform" + of, null, null);
			case NO_BASIS -> new Step(forecast, PathLever.UNSCORED, rest, "nothing is scored or measured yet: "
					+ "self-assess it with evidence" + of, null, null);
			case RECORDED, ASSUMED -> null;
		};
	}

	/**
	 * The indicator's next step: BANDS, the nearest band worth more than the likely points; LINEAR and PROPORTIONAL,
	 * the value that earns the full points.
	 */
	private static Step indicatorStep(ComponentForecast forecast, BigDecimal rest) {
		CriterionDefinition component = forecast.component();
		ScoringRubric rubric = component.rubric();
		BigDecimal likely = forecast.points().likely();
		BigDecimal projected = forecast.projection().value().likely();
		boolean higher = forecast.higherIsBetter();
		String towards = higher ? "at least " : "at most ";
		BigDecimal needed;
		BigDecimal gain;
		String what;
		switch (rubric.kind()) {
			case BANDS -> {
				ScoringRubric.Band next = null;
				for (ScoringRubric.Band band : rubric.bands()) {
					if (band.points().compareTo(likely) > 0) {
						next = band;
					}
				}
				if (next == null) {
					return null;
				}
				needed = next.threshold();
				gain = next.points().subtract(likely);
				what = "the band worth " + plain(next.points()) + " of " + plain(component.maxPoints()) + " points";
			}
			case LINEAR -> {
				needed = rubric.fullAt();
				gain = rest;
				BigDecimal perUnit = component.maxPoints().divide(rubric.fullAt().subtract(rubric.zeroAt()).abs(), 4,
						RoundingMode.HALF_UP);
				what = "the full " + plain(component.maxPoints()) + " points; each 1 more earns " + plain(perUnit);
			}
			case PROPORTIONAL -> {
				needed = rubric.target();
				gain = rest;
				what = "the full " + plain(component.maxPoints()) + " points";
			}
			default -> throw new IllegalStateException("unknown rubric " + rubric.kind());
		}
		return new Step(forecast, PathLever.INDICATOR, gain, rubric.indicatorCode() + " from " + plain(projected)
				+ " (projected for the year end) to " + towards + plain(needed) + ": " + what
				+ (rubric.illustrative() ? " (illustrative rubric)" : ""), projected, needed);
	}

	private static String surveyName(AssessmentMethod method) {
		return method == AssessmentMethod.LEADERS_SURVEY ? "leaders' survey" : "citizens' survey (SIPAS)";
	}

	private static String plain(BigDecimal value) {
		return ComponentForecaster.plain(value);
	}

	private record Step(ComponentForecast forecast, PathLever lever, BigDecimal gain, String takes, BigDecimal projected,
			BigDecimal needed) {
	}

}
