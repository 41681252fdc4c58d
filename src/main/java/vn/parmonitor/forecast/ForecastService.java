package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.parmonitor.assessment.Assessment;
import vn.parmonitor.assessment.AssessmentCalculator;
import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.AssessmentResult;
import vn.parmonitor.assessment.ComponentScore;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.Observation;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitFilter;
import vn.parmonitor.unit.UnitService;

/**
 * Forecasts where units' indexes and ranks end up in a year (README, "Forecast"): the chain KPI → component points
 * → field → index → rank. Everything a batch of forecasts needs is read in a few bulk queries (the methodologies, the
 * family's assessments of the year and the three before, the peers, the indicators' series), never per component or
 * per peer.
 */
@Service
public class ForecastService {

	private static final int HISTORY_YEARS = 3;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final AssessmentReader assessments;

	private final IndicatorService indicators;

	private final EvaluationTime evaluationTime;

	ForecastService(UnitService units, MethodologyService methodologies, AssessmentReader assessments,
			IndicatorService indicators, EvaluationTime evaluationTime) {
		this.units = units;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.indicators = indicators;
		this.evaluationTime = evaluationTime;
	}

	/** One forecast at the evaluation time; empty when the unit or a methodology for it is unknown. */
	public Optional<IndexForecast> forecast(ForecastRequest request) {
		return forecast(request, null);
	}

	/**
	 * One forecast as of {@code asOf} (null: the evaluation time): the scores recorded and the observations of periods
	 * ended by then; empty when the unit or a methodology for it is unknown.
	 */
	public Optional<IndexForecast> forecast(ForecastRequest request, Instant asOf) {
		return Optional.ofNullable(forecast(List.of(request), asOf == null ? evaluationTime.now() : asOf).get(request));
	}

	/**
	 * The forecasts of the requests as of {@code asOf} (observations up to that day count); requests whose unit or
	 * methodology is unknown are absent from the map.
	 */
	public Map<ForecastRequest, IndexForecast> forecast(Collection<ForecastRequest> requests, Instant asOf) {
		Map<ForecastRequest, IndexForecast> result = new LinkedHashMap<>();
		if (requests.isEmpty()) {
			return result;
		}
		Map<String, Unit> subjects = units.findAll(requests.stream().map(ForecastRequest::unitCode).toList());
		Map<ForecastRequest, Methodology> chosen = new LinkedHashMap<>();
		for (ForecastRequest request : requests) {
			Unit unit = subjects.get(request.unitCode());
			if (unit != null) {
				methodologyFor(unit, request).ifPresent(methodology -> chosen.put(request, methodology));
			}
		}
		Map<Group, List<ForecastRequest>> groups = chosen.keySet()
			.stream()
			.collect(Collectors.groupingBy(r -> new Group(chosen.get(r), r.year(), r.knownStage()), LinkedHashMap::new,
					Collectors.toList()));
		groups.forEach((group, members) -> result.putAll(forecastGroup(group, members, subjects, asOf)));
		return result;
	}

	/**
	 * The forecast under assumptions beside the forecast without them, at the evaluation time; empty when the unit
	 * or a methodology for it is unknown. Refuses assumptions the tree or the indicators do not accept, naming the
	 * argument.
	 */
	public Optional<WhatIf> whatIf(ForecastRequest request, List<AssumptionValidator.IndicatorAssumption> byIndicator,
			List<AssumptionValidator.ComponentAssumption> byComponent, Instant asOf) {
		Unit unit = units.findAll(List.of(request.unitCode())).get(request.unitCode());
		Optional<Methodology> methodology = unit == null ? Optional.empty() : methodologyFor(unit, request);
		if (methodology.isEmpty()) {
			return Optional.empty();
		}
		CriterionTree tree = CriterionTree.of(methodology.get());
		Map<String, Indicator> named = indicators.findAll(AssumptionValidator.indicatorCodes(byIndicator));
		Assumptions assumptions = AssumptionValidator.validate(tree, byIndicator, byComponent, named);
		Context context = prepare(new Group(methodology.get(), request.year(), request.knownStage()), List.of(request),
				Map.of(unit.key(), unit), asOf == null ? evaluationTime.now() : asOf);
		Map<String, ComponentForecaster.IndicatorOutlook> assumedOutlooks = new HashMap<>();
		List<String> assumed = new ArrayList<>();
		assumptions.indicatorValues().forEach((code, value) -> {
			Indicator indicator = named.get(code);
			assumedOutlooks.put(code, ComponentForecaster.IndicatorOutlook.assumed(value,
					indicator.direction() == Direction.HIGHER_IS_BETTER));
			assumed.add(code + " at " + ComponentForecaster.plain(value)
					+ (indicator.measure() == vn.parmonitor.indicator.IndicatorMeasure.PERCENT ? "%" : ""));
		});
		assumptions.componentPoints().forEach((code, points) -> assumed.add(code + " at "
				+ ComponentForecaster.plain(points) + " of " + ComponentForecaster.plain(tree.node(code).orElseThrow()
					.maxPoints()) + " points"));
		IndexForecast baseline = ranked(context, request, context.byUnit().get(unit.key()));
		IndexForecast scenario = ranked(context, request, componentForecast(context, unit.key(), assumptions,
				assumedOutlooks));
		return Optional.of(WhatIf.of(baseline, scenario, assumptions, assumed));
	}

	/**
	 * The path from the forecast to a goal: an index ({@code indexPercent}), a rank through its cut-off
	 * ({@code rank}) or the points of a node ({@code nodeCode} and {@code points}), exactly one of them; empty when the
	 * unit or a methodology for it is unknown.
	 */
	public Optional<PathToTarget> path(ForecastRequest request, BigDecimal indexPercent, Integer rank, String nodeCode,
			BigDecimal points, Instant asOf) {
		int goals = (indexPercent == null ? 0 : 1) + (rank == null ? 0 : 1) + (points == null ? 0 : 1);
		if (goals != 1) {
			throw new InvalidArgumentException(indexPercent == null ? "indexPercent" : rank == null ? "points" : "rank",
					"give exactly one goal: indexPercent (e.g. 85), rank (e.g. 35), or nodeCode and points (e.g. \"7\" and 13)");
		}
		if ((nodeCode == null) != (points == null)) {
			throw new InvalidArgumentException(nodeCode == null ? "nodeCode" : "points",
					"nodeCode and points go together: the points of that field, criterion or component");
		}
		if (indexPercent != null && (indexPercent.signum() <= 0 || indexPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new InvalidArgumentException("indexPercent", "indexPercent must be above 0 and at most 100, got "
					+ indexPercent.toPlainString());
		}
		Optional<IndexForecast> found = forecast(request, asOf);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		IndexForecast forecast = found.get();
		if (indexPercent != null) {
			return Optional.of(PathPlanner.plan(forecast, indexPercent, "index " + indexPercent.toPlainString() + "%", null));
		}
		if (points != null) {
			CriterionDefinition node = forecast.tree().node(nodeCode).orElseThrow(() -> new InvalidArgumentException(
					"nodeCode", "no node " + nodeCode + " in " + forecast.methodology().code()));
			if (points.signum() <= 0 || points.compareTo(node.maxPoints()) > 0) {
				throw new InvalidArgumentException("points", "points must be above 0 and at most "
						+ ComponentForecaster.plain(node.maxPoints()) + " (the maximum of " + nodeCode + "), got "
						+ points.toPlainString());
			}
			return Optional.of(PathPlanner.plan(forecast, nodeCode, points, ComponentForecaster.plain(points) + " of "
					+ ComponentForecaster.plain(node.maxPoints()) + " points in " + nodeCode, null));
		}
		RankForecast ranked = forecast.rank();
		if (ranked == null) {
			throw new InvalidArgumentException("rank", "unit " + request.unitCode() + " has no peers ranked in "
					+ request.year() + ": give indexPercent");
		}
		if (rank < 1 || rank > ranked.of()) {
			throw new InvalidArgumentException("rank", "rank must be between 1 and " + ranked.of() + " (the units ranked), got "
					+ rank);
		}
		RankForecast.Cutoff cutoff = ranked.cutoff(rank);
		if (cutoff == null) {
			return Optional.of(PathPlanner.plan(forecast, BigDecimal.ZERO, "rank " + rank
					+ " (assured: " + ranked.of() + " units ranked)", null));
		}
		return Optional.of(PathPlanner.plan(forecast, cutoff.indexPercent(), "rank " + rank + " (≈ "
				+ cutoff.indexPercent().toPlainString() + "%, the likely index of the unit expected "
				+ RankForecast.ordinal(rank) + " among the others)", cutoff));
	}

	private Map<ForecastRequest, IndexForecast> forecastGroup(Group group, List<ForecastRequest> requests,
			Map<String, Unit> subjects, Instant asOf) {
		Context context = prepare(group, requests, subjects, asOf);
		Map<ForecastRequest, IndexForecast> result = new LinkedHashMap<>();
		for (ForecastRequest request : requests) {
			result.put(request, ranked(context, request, context.byUnit().get(request.unitCode())));
		}
		return result;
	}

	/**
	 * Everything the group's forecasts share: this year's and the earlier years' assessments of the family, the peer
	 * model, each request's peers, the indicators' outlooks and the component forecast of every unit forecast.
	 */
	private Context prepare(Group group, List<ForecastRequest> requests, Map<String, Unit> subjects, Instant asOf) {
		CriterionTree tree = CriterionTree.of(group.methodology());
		int year = group.year();
		List<Assessment> stored = assessments.ofFamily(group.methodology().family(), year - HISTORY_YEARS, year);
		Map<String, CriterionTree> trees = new HashMap<>(assessments.treesOf(stored));
		trees.put(tree.methodology().code(), tree);
		// What was known at asOf: a stage recorded later (next April's publication) is not seen.
		List<Assessment> family = AssessmentReader.knownAt(stored, asOf, trees);
		Map<String, Assessment> thisYear = new HashMap<>();
		Map<String, List<AppraisalCut.Scored>> earlier = new HashMap<>();
		Map<String, Boolean> comparable = new HashMap<>();
		for (Assessment assessment : family) {
			CriterionTree its = trees.get(assessment.methodologyCode());
			if (its == null) {
				continue;
			}
			if (assessment.year() == year && assessment.methodologyCode().equals(tree.methodology().code())) {
				thisYear.put(assessment.unitCode(), assessment);
			}
			else if (assessment.year() < year
					&& comparable.computeIfAbsent(assessment.methodologyCode(), code -> sameComponents(its, tree))) {
				earlier.computeIfAbsent(assessment.unitCode(), u -> new ArrayList<>())
					.add(new AppraisalCut.Scored(assessment, its));
			}
		}
		earlier.values().forEach(list -> list.sort(Comparator.comparing((AppraisalCut.Scored s) -> s.assessment().year())
			.reversed()));
		List<AppraisalCut.Scored> pooled = earlier.values().stream().flatMap(List::stream).toList();
		PeerModel peerModel = new PeerModel(published(earlier));
		Set<String> scoredInFamily = family.stream().map(Assessment::unitCode).collect(Collectors.toSet());
		Map<String, List<String>> peersOf = peers(group, requests, subjects, scoredInFamily);
		Set<String> forecastUnits = new HashSet<>();
		requests.forEach(r -> forecastUnits.add(r.unitCode()));
		peersOf.values().forEach(peers -> peers.stream().filter(p -> knownScores(thisYear.get(p), group.knownStage()))
			.forEach(forecastUnits::add));
		Map<String, Map<String, ComponentForecaster.IndicatorOutlook>> outlooks = outlooks(tree, forecastUnits, year, asOf);
		Context context = new Context(group, tree, asOf, thisYear, earlier, pooled, peerModel, peersOf, outlooks,
				subjects, new HashMap<>());
		for (String unitCode : forecastUnits) {
			context.byUnit().put(unitCode, componentForecast(context, unitCode, Assumptions.NONE, Map.of()));
		}
		return context;
	}

	/**
	 * Whether an earlier year's tree has the components of this one, by code: its history then speaks of the same
	 * components (their maxima may differ, and the forecast scales by them). A tree with other components (the 2018
	 * set's 96 against 2022's 88) says nothing of a component that shares a code by chance.
	 */
	private static boolean sameComponents(CriterionTree earlier, CriterionTree current) {
		return earlier.components().stream().map(CriterionDefinition::code).collect(Collectors.toSet())
			.equals(current.components().stream().map(CriterionDefinition::code).collect(Collectors.toSet()));
	}

	/** The unit's component forecast, summed; {@code assumedOutlooks} replace the projections of those indicators. */
	private static IndexForecast componentForecast(Context context, String unitCode, Assumptions assumptions,
			Map<String, ComponentForecaster.IndicatorOutlook> assumedOutlooks) {
		Assessment current = context.thisYear().get(unitCode);
		Map<String, ComponentScore> scores = current == null ? Map.of()
				: current.scores().stream().collect(Collectors.toMap(ComponentScore::componentCode, s -> s));
		List<AppraisalCut.Scored> history = context.earlier().getOrDefault(unitCode, List.of());
		AppraisalCut cut = AppraisalCut.of(history, context.pooled());
		Map<String, ComponentForecaster.IndicatorOutlook> outlooks = new HashMap<>(
				context.outlooks().getOrDefault(unitCode, Map.of()));
		outlooks.putAll(assumedOutlooks);
		List<ComponentForecast> components = new ComponentForecaster(context.tree(), scores, context.group().knownStage(),
				history, cut, outlooks, assumptions).forecast();
		return IndexForecast.of(unitCode, context.tree(), context.group().year(), context.asOf(), components);
	}

	/** {@code own} with its rank among the request's peers. */
	private static IndexForecast ranked(Context context, ForecastRequest request, IndexForecast own) {
		List<PeerOutlook> peers = new ArrayList<>();
		for (String peer : context.peersOf().get(request.unitCode())) {
			PeerOutlook outlook = peerOutlook(peer, context.thisYear().get(peer), context.tree(),
					context.group().knownStage(), context.byUnit(), context.peerModel());
			if (outlook != null) {
				peers.add(outlook);
			}
		}
		String parent = request.withinParent() ? context.subjects().get(request.unitCode()).parentCode() : null;
		RankForecast rank = peers.isEmpty() ? null
				: RankForecast.simulate(request.unitCode(), context.group().year(), own.index(), peers,
						context.peerModel().nationalSigma(), parent);
		return own.withRank(rank);
	}

	/** A peer's likely index: exact once its year is appraised, its own forecast once it has scores, else history. */
	private static PeerOutlook peerOutlook(String peer, Assessment current, CriterionTree tree, ScoreStage knownStage,
			Map<String, IndexForecast> forecasts, PeerModel model) {
		for (ScoreStage stage : List.of(ScoreStage.FINAL, ScoreStage.APPRAISED)) {
			if (current != null && (knownStage == null || stage.compareTo(knownStage) <= 0)) {
				AssessmentResult result = AssessmentCalculator.result(tree, current.scores(), stage);
				if (result.complete()) {
					return new PeerOutlook(peer, result.indexPercent(), 0, "PUBLISHED");
				}
			}
		}
		IndexForecast own = forecasts.get(peer);
		if (own != null) {
			Range index = own.index();
			return new PeerOutlook(peer, index.likely(),
					index.high().subtract(index.low()).doubleValue() / (2 * YearEndProjection.Z90), "FORECAST");
		}
		return model.outlook(peer);
	}

	/**
	 * The units each request's unit is ranked among that year: the units of the methodology's kind (and parent) that
	 * exist on 31 December and are scored in the family this year or in the years before; itself left out.
	 */
	private Map<String, List<String>> peers(Group group, List<ForecastRequest> requests, Map<String, Unit> subjects,
			Set<String> scoredInFamily) {
		LocalDate yearEnd = LocalDate.of(group.year(), 12, 31);
		Map<String, List<String>> byParent = new HashMap<>();
		Map<String, List<String>> peersOf = new HashMap<>();
		for (ForecastRequest request : requests) {
			String parent = request.withinParent() ? subjects.get(request.unitCode()).parentCode() : null;
			List<String> all = byParent.computeIfAbsent(Objects.toString(parent, ""), key -> units
				.codes(new UnitFilter(group.methodology().unitKind(), parent, null, null, yearEnd)));
			peersOf.put(request.unitCode(), all.stream()
				.filter(code -> !code.equals(request.unitCode()) && scoredInFamily.contains(code))
				.toList());
		}
		return peersOf;
	}

	/** Each unit's complete FINAL indexes of the earlier years, by year. */
	private static Map<String, TreeMap<Integer, BigDecimal>> published(Map<String, List<AppraisalCut.Scored>> earlier) {
		Map<String, TreeMap<Integer, BigDecimal>> published = new HashMap<>();
		earlier.forEach((unit, years) -> {
			for (AppraisalCut.Scored year : years) {
				AssessmentResult result = AssessmentCalculator.result(year.tree(), year.assessment().scores(),
						ScoreStage.FINAL);
				if (result.complete()) {
					published.computeIfAbsent(unit, u -> new TreeMap<>()).put(year.assessment().year(), result.indexPercent());
				}
			}
		});
		return published;
	}

	/** The year-end outlook of every rubric indicator for every unit; one query for all series. */
	private Map<String, Map<String, ComponentForecaster.IndicatorOutlook>> outlooks(CriterionTree tree,
			Set<String> unitCodes, int year, Instant asOf) {
		Set<String> codes = tree.components()
			.stream()
			.map(CriterionDefinition::rubric)
			.filter(Objects::nonNull)
			.map(rubric -> rubric.indicatorCode())
			.collect(Collectors.toSet());
		Map<String, Map<String, ComponentForecaster.IndicatorOutlook>> outlooks = new HashMap<>();
		if (codes.isEmpty() || unitCodes.isEmpty()) {
			return outlooks;
		}
		Map<String, Indicator> found = indicators.findAll(codes);
		Set<IndicatorService.SeriesKey> keys = new HashSet<>();
		for (String indicator : found.keySet()) {
			unitCodes.forEach(unit -> keys.add(new IndicatorService.SeriesKey(indicator, unit)));
		}
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.ofInstant(asOf, vn.parmonitor.system.time.VietnamTime.ZONE);
		LocalDate upTo = today.isBefore(yearEnd) ? today : yearEnd;
		Map<IndicatorService.SeriesKey, List<Observation>> series = indicators.series(keys, LocalDate.of(year, 1, 1)
			.minusDays(1), upTo);
		series.forEach((key, observations) -> {
			Indicator indicator = found.get(key.indicatorCode());
			List<YearEndProjection.Point> points = observations.stream()
				.filter(o -> o.periodStart().getYear() == year)
				.map(o -> new YearEndProjection.Point(o.periodEnd(), o.value()))
				.toList();
			YearEndProjection.Projection projection = YearEndProjection.project(points, yearEnd, indicator.minimumValue(),
					indicator.maximumValue());
			if (projection != null) {
				outlooks.computeIfAbsent(key.unitCode(), u -> new HashMap<>())
					.put(key.indicatorCode(), new ComponentForecaster.IndicatorOutlook(projection,
							indicator.direction() == Direction.HIGHER_IS_BETTER));
			}
		});
		return outlooks;
	}

	private Optional<Methodology> methodologyFor(Unit unit, ForecastRequest request) {
		if (request.methodologyCode() != null) {
			return methodologies.find(request.methodologyCode()).filter(m -> m.appliesTo(request.year()));
		}
		List<Methodology> applying = methodologies.find(unit.kind(), request.year(), PageRequest.firstPage(10)).nodes();
		if (applying.size() > 1) {
			throw new InvalidArgumentException("methodologyCode", "several methodologies score " + unit.kind() + " units in "
					+ request.year() + " (" + applying.stream().map(Methodology::code).toList() + "): give methodologyCode");
		}
		return applying.stream().findFirst();
	}

	private static boolean knownScores(Assessment current, ScoreStage knownStage) {
		return current != null && current.scores().stream().anyMatch(score -> score.stages().keySet().stream()
			.anyMatch(stage -> knownStage == null || stage.compareTo(knownStage) <= 0));
	}

	/** The requests forecast together: one methodology, one year, one knowledge. */
	private record Group(Methodology methodology, int year, ScoreStage knownStage) {
	}

	/** What a group's forecasts share (see {@link #prepare}); {@code byUnit} holds the units' component forecasts. */
	private record Context(Group group, CriterionTree tree, Instant asOf, Map<String, Assessment> thisYear,
			Map<String, List<AppraisalCut.Scored>> earlier, List<AppraisalCut.Scored> pooled, PeerModel peerModel,
			Map<String, List<String>> peersOf, Map<String, Map<String, ComponentForecaster.IndicatorOutlook>> outlooks,
			Map<String, Unit> subjects, Map<String, IndexForecast> byUnit) {
	}

}
