package vn.parmonitor.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.parmonitor.alerting.AlertingStatistics;
import vn.parmonitor.assessment.AssessmentKey;
import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.AssessmentView;
import vn.parmonitor.assessment.CompetitionRanking;
import vn.parmonitor.assessment.RankingService;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.evaluation.EvaluationMetrics;
import vn.parmonitor.evaluation.EvaluationQueries;
import vn.parmonitor.evaluation.EvaluationRun;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.evaluation.EvaluationCompleted;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.store.InChunks;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

/**
 * Keeps the {@code par_} gauges in step with the shared state in MongoDB: after each local evaluation (last among
 * its listeners, once alerts are updated), and every {@code par.metrics.refresh-interval} to pick up other replicas'
 * runs and deliveries. Every replica exposes the same values, so Prometheus rules aggregate with {@code max}.
 */
@Component
class MetricsRefresher {

	private static final Logger log = LoggerFactory.getLogger(MetricsRefresher.class);

	private final EvaluationQueries evaluations;

	private final EvaluationService evaluationService;

	private final EvaluationMetrics evaluationMetrics;

	private final TargetService targets;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final RankingService rankings;

	private final AssessmentReader assessments;

	private final AlertingStatistics alerting;

	private final MetricsProperties properties;

	private final TargetGauges targetGauges;

	private final UnitGauges unitGauges;

	private final OperationsGauges operationsGauges;

	/** How many targets' evaluations a refresh holds at a time. */
	private static final int TARGETS_PER_READ = 1_000;

	/** The run and active targets the target gauges show, so that a refresh with nothing new skips them. */
	private String targetGaugesShow;

	/** The units the active targets measure, as of the last refresh of the target gauges. */
	private Set<String> subjects = Set.of();

	MetricsRefresher(EvaluationQueries evaluations, EvaluationService evaluationService,
			EvaluationMetrics evaluationMetrics, TargetService targets,
			UnitService units, MethodologyService methodologies, RankingService rankings, AssessmentReader assessments,
			AlertingStatistics alerting, MetricsProperties properties, MeterRegistry registry) {
		this.evaluations = evaluations;
		this.evaluationService = evaluationService;
		this.evaluationMetrics = evaluationMetrics;
		this.targets = targets;
		this.units = units;
		this.methodologies = methodologies;
		this.rankings = rankings;
		this.assessments = assessments;
		this.alerting = alerting;
		this.properties = properties;
		this.targetGauges = new TargetGauges(registry);
		this.unitGauges = new UnitGauges(registry);
		this.operationsGauges = new OperationsGauges(registry);
	}

	/**
	 * After a local run: its evaluations are the latest (the run is marked finished only after its listeners), read
	 * back by {@code _id} once all its batches are stored.
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	public void afterEvaluation(EvaluationCompleted event) {
		if (event.succeeded()) {
			refresh(Optional.of(event.run()));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	public void atStartup() {
		refreshFromStore();
	}

	@Scheduled(fixedDelayString = "${par.metrics.refresh-interval:PT60S}", initialDelayString = "${par.metrics.refresh-interval:PT60S}")
	public void periodically() {
		refreshFromStore();
	}

	/** From the latest successful run of any replica: its time for the last-success gauges, and its evaluations. */
	private void refreshFromStore() {
		Optional<EvaluationRun> run = evaluations.latestRun();
		run.ifPresent(evaluationMetrics::observe);
		refresh(run);
	}

	/**
	 * The target gauges from {@code run}'s evaluations of the active targets, unless they already show that run and
	 * those targets (the periodic refresh then costs one read of the target codes, not of a national run); the unit
	 * and operations gauges every time (other replicas deliver, the Department publishes).
	 */
	synchronized void refresh(Optional<EvaluationRun> run) {
		try {
			List<String> active = targets.activeTargetCodes();
			String shows = run.map(EvaluationRun::id).orElse("") + "#" + active.hashCode();
			if (!shows.equals(targetGaugesShow)) {
				subjects = refreshTargets(run, active);
				targetGaugesShow = shows;
			}
			Instant asOf = evaluationService.evaluationTime();
			List<UnitGauges.FamilyRanking> published = publishedRankings(asOf);
			unitGauges.update(published, watched(published, subjects, asOf));
			Map<List<String>, Integer> open = alerting.openAlerts();
			Map<String, UnitKind> kinds = new HashMap<>();
			units.findAll(open.keySet().stream().map(key -> key.get(0)).collect(Collectors.toSet()))
				.forEach((key, unit) -> kinds.put(key, unit.kind()));
			operationsGauges.update(open, kinds, properties.perTargetUnitKinds(), alerting.pending(),
					alerting.oldestPendingAge(Instant.now()));
		}
		catch (RuntimeException ex) {
			// A metrics refresh must never break an evaluation or the scheduler; the next refresh tries again.
			log.warn("Refreshing the par_ metrics failed", ex);
		}
	}

	/**
	 * Publishes the target gauges of {@code run}, read {@value #TARGETS_PER_READ} targets at a time (their
	 * evaluations by {@code _id}, the targets and the units they measure); returns the units measured.
	 */
	private Set<String> refreshTargets(Optional<EvaluationRun> run, List<String> active) {
		TargetGauges.Rows rows = new TargetGauges.Rows(properties.perTargetUnitKinds());
		Set<String> measured = new HashSet<>();
		if (run.isPresent()) {
			for (List<String> codes : InChunks.of(active, TARGETS_PER_READ)) {
				Map<String, TargetEvaluation> latest = evaluations.evaluationsOf(run.get(), codes);
				Map<String, Target> targetsByCode = targets.findTargets(latest.keySet());
				Map<String, Unit> unitsByKey = units.findAll(latest.values().stream()
					.map(TargetEvaluation::subjectUnitCode).collect(Collectors.toSet()));
				latest.values().forEach(evaluation -> rows.add(evaluation, targetsByCode.get(evaluation.targetCode()),
						unitsByKey.get(evaluation.subjectUnitCode())));
				targetsByCode.values().forEach(target -> measured.add(target.subjectUnitCode()));
			}
		}
		targetGauges.publish(rows);
		return measured;
	}

	/**
	 * For each family, the latest year with a ranking published by the evaluation time (results the Department
	 * published, their FINAL scores recorded by then: the demo, evaluating as of November 2023, shows 2022's published
	 * in April 2023, not 2023's of April 2024). A FINAL score recorded but not published never moves the gauges.
	 */
	private List<UnitGauges.FamilyRanking> publishedRankings(Instant asOf) {
		int upTo = LocalDate.ofInstant(asOf, VietnamTime.ZONE).getYear();
		List<Methodology> all = methodologies.find(null, null, PageRequest.firstPage(PageRequest.MAX_PAGE_SIZE)).nodes();
		Map<String, List<Methodology>> byFamily = all.stream().collect(Collectors.groupingBy(Methodology::family));
		List<UnitGauges.FamilyRanking> result = new ArrayList<>();
		byFamily.forEach((family, members) -> members.stream()
			.sorted(Comparator.comparingInt(Methodology::lastYear).reversed())
			.flatMap(m -> java.util.stream.IntStream.rangeClosed(m.year(), Math.min(m.lastYear(), upTo))
				.boxed()
				.sorted(Comparator.reverseOrder())
				.map(year -> new UnitGauges.FamilyRanking(family, m.code(), year,
						rankings.publishedRanking(m.code(), year, asOf))))
			.filter(ranking -> !ranking.entries().isEmpty())
			.findFirst()
			.ifPresent(result::add));
		return result;
	}

	/** The published assessments of the units that targets measure: their points lost are worth a dashboard. */
	private List<AssessmentView> watched(List<UnitGauges.FamilyRanking> published, Set<String> subjects, Instant asOf) {
		List<AssessmentKey> keys = new ArrayList<>();
		for (UnitGauges.FamilyRanking ranking : published) {
			for (CompetitionRanking.Ranked entry : ranking.entries()) {
				if (subjects.contains(entry.entry().unitCode())) {
					keys.add(new AssessmentKey(entry.entry().unitCode(), ranking.year(), ranking.methodologyCode(),
							ScoreStage.FINAL));
				}
			}
		}
		return new ArrayList<>(assessments.load(keys, asOf).values());
	}

}
