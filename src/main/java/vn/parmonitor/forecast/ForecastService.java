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
		return Optional.ofNullable(forecast(List.of(request), evaluationTime.now()).get(request));
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

	private Map<ForecastRequest, IndexForecast> forecastGroup(Group group, List<ForecastRequest> requests,
			Map<String, Unit> subjects, Instant asOf) {
		CriterionTree tree = CriterionTree.of(group.methodology());
		int year = group.year();
		List<Assessment> family = assessments.ofFamily(group.methodology().family(), year - HISTORY_YEARS, year);
		Map<String, CriterionTree> trees = new HashMap<>(assessments.treesOf(family));
		trees.put(tree.methodology().code(), tree);
		Map<String, Assessment> thisYear = new HashMap<>();
		Map<String, List<AppraisalCut.Scored>> earlier = new HashMap<>();
		for (Assessment assessment : family) {
			CriterionTree its = trees.get(assessment.methodologyCode());
			if (its == null) {
				continue;
			}
			if (assessment.year() == year && assessment.methodologyCode().equals(tree.methodology().code())) {
				thisYear.put(assessment.unitCode(), assessment);
			}
			else if (assessment.year() < year) {
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
		Map<String, IndexForecast> byUnit = new HashMap<>();
		for (String unitCode : forecastUnits) {
			Assessment current = thisYear.get(unitCode);
			Map<String, ComponentScore> scores = current == null ? Map.of()
					: current.scores().stream().collect(Collectors.toMap(ComponentScore::componentCode, s -> s));
			List<AppraisalCut.Scored> history = earlier.getOrDefault(unitCode, List.of());
			AppraisalCut cut = AppraisalCut.of(history, pooled);
			List<ComponentForecast> components = new ComponentForecaster(tree, scores, group.knownStage(), history, cut,
					outlooks.getOrDefault(unitCode, Map.of())).forecast();
			byUnit.put(unitCode, IndexForecast.of(unitCode, tree, year, asOf, components));
		}
		Map<ForecastRequest, IndexForecast> result = new LinkedHashMap<>();
		for (ForecastRequest request : requests) {
			IndexForecast own = byUnit.get(request.unitCode());
			List<PeerOutlook> peers = new ArrayList<>();
			for (String peer : peersOf.get(request.unitCode())) {
				PeerOutlook outlook = peerOutlook(peer, thisYear.get(peer), tree, group.knownStage(), byUnit, peerModel);
				if (outlook != null) {
					peers.add(outlook);
				}
			}
			String parent = request.withinParent() ? subjects.get(request.unitCode()).parentCode() : null;
			RankForecast rank = peers.isEmpty() ? null
					: RankForecast.simulate(request.unitCode(), year, own.index(), peers, peerModel.nationalSigma(), parent);
			result.put(request, own.withRank(rank));
		}
		return result;
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

}
