package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.AssessmentKey;
import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.AssessmentView;
import vn.parmonitor.assessment.NodeTotal;
import vn.parmonitor.assessment.RankPosition;
import vn.parmonitor.assessment.RankingService;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.Observation;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.plan.RankScope;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.unit.UnitFilter;
import vn.parmonitor.unit.UnitService;

/**
 * Reads the actual value of every target of a run: one query for all indicator series, one for all assessments
 * (and their methodologies), one per ranking scope, one per peer group, and one bulk forecast that projects the
 * index, points and rank targets. Never one query per target.
 */
@Component
class MeasurementReader {

	private final IndicatorService indicators;

	private final AssessmentReader assessments;

	private final RankingService rankings;

	private final UnitService units;

	private final EvaluationProperties properties;

	private final ForecastedMeasurements forecasts;

	MeasurementReader(IndicatorService indicators, AssessmentReader assessments, RankingService rankings,
			UnitService units, EvaluationProperties properties, ForecastedMeasurements forecasts) {
		this.indicators = indicators;
		this.assessments = assessments;
		this.rankings = rankings;
		this.units = units;
		this.properties = properties;
		this.forecasts = forecasts;
	}

	/** The measurement of every target as of {@code asOf}, on {@code today} (its Vietnamese day). */
	Map<String, Measurement> read(List<Target> targets, Instant asOf, LocalDate today) {
		Map<String, Measurement> measurements = new HashMap<>();
		measurements.putAll(indicatorMeasurements(
				targets.stream().filter(t -> t.kind() == TargetKind.INDICATOR).toList(), today));
		List<Target> assessed = targets.stream().filter(t -> t.kind() != TargetKind.INDICATOR).toList();
		measurements.putAll(forecasts.project(assessed, assessmentMeasurements(assessed, asOf), asOf, today));
		return measurements;
	}

	private Map<String, Measurement> indicatorMeasurements(List<Target> targets, LocalDate today) {
		if (targets.isEmpty()) {
			return Map.of();
		}
		Map<String, Indicator> byCode = indicators.findAll(targets.stream().map(Target::indicatorCode).toList());
		Set<IndicatorService.SeriesKey> keys = targets.stream()
			.map(t -> new IndicatorService.SeriesKey(t.indicatorCode(), t.subjectUnitCode()))
			.collect(Collectors.toSet());
		LocalDate since = targets.stream().map(t -> t.baseline().date()).min(LocalDate::compareTo).orElseThrow();
		Map<IndicatorService.SeriesKey, List<Observation>> series = indicators.series(keys, since, today);
		Map<String, Measurement> measurements = new HashMap<>();
		for (Target target : targets) {
			Indicator indicator = byCode.get(target.indicatorCode());
			List<Observation> observed = series
				.getOrDefault(new IndicatorService.SeriesKey(target.indicatorCode(), target.subjectUnitCode()), List.of())
				.stream()
				.filter(o -> o.periodEnd().isAfter(target.baseline().date()))
				.toList();
			measurements.put(target.code(), indicatorMeasurement(target, indicator, observed, today));
		}
		return measurements;
	}

	private Measurement indicatorMeasurement(Target target, Indicator indicator, List<Observation> observed,
			LocalDate today) {
		if (observed.isEmpty()) {
			return Measurement.noData("no observation of " + target.indicatorCode() + " for unit "
					+ target.subjectUnitCode() + " since the baseline of " + target.baseline().date());
		}
		Observation latest = observed.get(observed.size() - 1);
		LocalDate freshUntil = latest.periodEnd().plusMonths(indicator.period().months()).plusDays(properties.dataGraceDays());
		if (today.isAfter(freshUntil)) {
			return Measurement.noData("the latest observation of " + indicator.code() + " is for " + latest.periodKey()
					+ "; a " + indicator.period() + " indicator needs one within " + indicator.period().months()
					+ " month(s) and " + properties.dataGraceDays() + " days of the period's end");
		}
		List<Observation> window = observed.subList(Math.max(0, observed.size() - properties.trendWindow()), observed.size());
		List<Measurement.TrendPoint> trend = window.stream()
			.map(o -> new Measurement.TrendPoint(o.periodEnd(), o.value()))
			.toList();
		String note = indicator.ratio() ? "latest " + latest.periodKey() + ": " + plain(latest.numerator()) + " of "
				+ plain(latest.denominator()) + (latest.source() == null ? "" : " (" + latest.source() + ")")
				: "latest " + latest.periodKey() + (latest.source() == null ? "" : " (" + latest.source() + ")");
		return new Measurement(latest.value(), latest.periodEnd(), true, trend, indicator.minimumValue(),
				indicator.maximumValue(), indicator.code(), window.stream().map(Observation::id).toList(), null, null,
				note, null, null);
	}

	/** The assessments' values as they stood at {@code asOf}: a result recorded later is not seen. */
	private Map<String, Measurement> assessmentMeasurements(List<Target> targets, Instant asOf) {
		if (targets.isEmpty()) {
			return Map.of();
		}
		Map<Target, AssessmentKey> keys = new HashMap<>();
		targets.forEach(t -> keys.put(t, new AssessmentKey(t.subjectUnitCode(), t.year(), t.methodologyCode(), null)));
		Map<AssessmentKey, AssessmentView> views = assessments.load(keys.values(), asOf);
		List<Target> rankTargets = targets.stream().filter(t -> t.kind() == TargetKind.UNIT_RANK).toList();
		Map<AssessmentView, RankPosition> overall = rankings
			.positions(rankedViews(rankTargets, keys, views, RankScope.ALL), false, asOf);
		Map<AssessmentView, RankPosition> inParent = rankings
			.positions(rankedViews(rankTargets, keys, views, RankScope.WITHIN_PARENT), true, asOf);
		Map<String, Measurement> measurements = new HashMap<>();
		Map<String, Long> peerCounts = new HashMap<>();
		for (Target target : targets) {
			AssessmentView view = views.get(keys.get(target));
			if (view == null || view.indexPercent() == null) {
				measurements.put(target.code(), Measurement.noData("no " + target.year() + " scores of unit "
						+ target.subjectUnitCode() + (target.methodologyCode() == null ? "" : " under " + target.methodologyCode())
						+ " yet"));
				continue;
			}
			measurements.put(target.code(), switch (target.kind()) {
				case UNIT_INDEX -> indexMeasurement(view);
				case NODE_POINTS -> pointsMeasurement(target, view);
				case UNIT_RANK -> rankMeasurement(target, view,
						(target.rankScope() == RankScope.WITHIN_PARENT ? inParent : overall).get(view), peerCounts);
				case INDICATOR -> throw new IllegalStateException("indicator targets are read from observations");
			});
		}
		return measurements;
	}

	private static List<AssessmentView> rankedViews(List<Target> rankTargets, Map<Target, AssessmentKey> keys,
			Map<AssessmentKey, AssessmentView> views, RankScope scope) {
		return rankTargets.stream()
			.filter(t -> t.rankScope() == scope)
			.map(t -> views.get(keys.get(t)))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
	}

	private static Measurement indexMeasurement(AssessmentView view) {
		return assessmentMeasurement(view, view.indexPercent(), BigDecimal.ZERO, BigDecimal.valueOf(100),
				"index over the " + plain(view.assessedMaximumPoints()) + " of " + plain(view.maximumPoints())
						+ " points scored at the " + view.stage() + " stage");
	}

	private static Measurement pointsMeasurement(Target target, AssessmentView view) {
		NodeTotal node = view.result().node(target.nodeCode());
		if (node == null || !node.assessed()) {
			return Measurement.noData("no component of " + target.nodeCode() + " is scored at the " + view.stage()
					+ " stage yet");
		}
		if (node.complete()) {
			return assessmentMeasurement(view, node.points(), BigDecimal.ZERO, node.maximum(), "points of "
					+ node.node().code() + " at the " + view.stage() + " stage");
		}
		// Part of the node is not assessed yet (surveys come last): scale the assessed part to the whole node.
		BigDecimal estimate = node.points().multiply(node.maximum()).divide(node.assessedMaximum(), 2, RoundingMode.HALF_UP);
		return assessmentMeasurement(view, estimate, BigDecimal.ZERO, node.maximum(), "estimated: "
				+ plain(node.points()) + " of the " + plain(node.assessedMaximum()) + " points of " + node.node().code()
				+ " scored at the " + view.stage() + " stage, scaled to its " + plain(node.maximum()) + " points");
	}

	private Measurement rankMeasurement(Target target, AssessmentView view, RankPosition position,
			Map<String, Long> peerCounts) {
		long peers = peers(target, view, peerCounts);
		if (position == null || BigDecimal.valueOf(position.of())
			.compareTo(properties.rankMinCoverage().multiply(BigDecimal.valueOf(peers))) < 0) {
			return Measurement.noData("only " + (position == null ? 0 : position.of()) + " of " + peers + " "
					+ view.methodology().unitKind() + " units have " + view.year() + " scores at the " + view.stage()
					+ " stage; a rank is judged once at least " + properties.rankMinCoverage().movePointRight(2)
						.stripTrailingZeros().toPlainString() + "% of them have");
		}
		return assessmentMeasurement(view, BigDecimal.valueOf(position.rank()), BigDecimal.ONE,
				BigDecimal.valueOf(position.of()), "rank " + position.rank() + " of " + position.of()
						+ (target.rankScope() == RankScope.WITHIN_PARENT ? " within unit " + position.parentCode() : "")
						+ " at the " + view.stage() + " stage");
	}

	/**
	 * How many units the target's unit is ranked among once all have scores: the units of the methodology's kind
	 * (under the same parent for WITHIN_PARENT) that existed at the end of the year. Counted once per peer group.
	 */
	private long peers(Target target, AssessmentView view, Map<String, Long> peerCounts) {
		String parent = target.rankScope() == RankScope.WITHIN_PARENT ? view.assessment().parentUnitCode() : null;
		LocalDate day = LocalDate.of(view.year(), 12, 31);
		UnitFilter filter = new UnitFilter(view.methodology().unitKind(), parent, null, null, day);
		return peerCounts.computeIfAbsent(filter.toString(),
				key -> units.find(filter, PageRequest.firstPage(0)).totalCount());
	}

	private static Measurement assessmentMeasurement(AssessmentView view, BigDecimal actual, BigDecimal min,
			BigDecimal max, String note) {
		boolean finalValue = view.stage() == ScoreStage.FINAL && view.complete();
		LocalDate dataDate = LocalDate.ofInstant(view.assessment().updatedAt(), VietnamTime.ZONE);
		return new Measurement(actual, dataDate, finalValue, List.of(new Measurement.TrendPoint(dataDate, actual)), min,
				max, null, List.of(), view.assessment().id(), view.stage(), finalValue ? note : "provisional: " + note,
				null, null);
	}

	private static String plain(BigDecimal value) {
		return value == null ? "?" : value.stripTrailingZeros().toPlainString();
	}


}
