package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.AssessmentView;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.Observation;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.NodeResolver;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.system.time.VietnamTime;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;

/** GraphQL access to evaluation runs, their evaluations, and on-demand evaluation. */
@Controller
class EvaluationController {

	private final EvaluationService evaluations;

	private final EvaluationQueries queries;

	private final TargetService targets;

	private final IndicatorService indicators;

	private final AssessmentReader assessments;

	private final EvaluationProperties properties;

	private final Clock clock;

	EvaluationController(EvaluationService evaluations, EvaluationQueries queries, TargetService targets,
			IndicatorService indicators, AssessmentReader assessments, EvaluationProperties properties,
			Optional<Clock> clock) {
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
		this.evaluations = evaluations;
		this.queries = queries;
		this.targets = targets;
		this.indicators = indicators;
		this.assessments = assessments;
	}

	@QueryMapping
	PagedConnection<EvaluationRun> evaluationRuns(@Argument Integer first, @Argument String after) {
		return queries.runs(new PageRequest(first, after, null, null));
	}

	@QueryMapping
	PagedConnection<TargetEvaluation> targetEvaluations(@Argument String targetCode, @Argument Instant from,
			@Argument Instant to, @Argument Integer first, @Argument String after) {
		return queries.history(targetCode, from, to, new PageRequest(first, after, null, null));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	EvaluateResult evaluateTargets(@Argument EvaluateTargetsInput input) {
		Instant asOf = input == null ? null : input.asOf();
		if (asOf != null && outsideWindow(asOf)) {
			return new EvaluateResult(null, List.of(UserError.of(UserErrorCode.OUT_OF_RANGE, "asOf " + asOf
					+ " is outside the accepted range: from " + properties.earliestAsOf() + " (par.evaluation.earliest-as-of) "
					+ "to a day from now (" + latestAsOf().truncatedTo(ChronoUnit.SECONDS) + "); an evaluation opens and "
					+ "resolves real alerts", "input", "asOf")));
		}
		return evaluations.runNow(EvaluationTrigger.MANUAL, asOf)
			.map(run -> new EvaluateResult(run, List.of()))
			.orElseGet(() -> new EvaluateResult(null, List.of(UserError.of(UserErrorCode.CONFLICT,
					"another replica is evaluating the targets right now; try again in a moment", "input"))));
	}

	private boolean outsideWindow(Instant asOf) {
		return asOf.isBefore(properties.earliestAsOf().atStartOfDay(VietnamTime.ZONE).toInstant())
				|| asOf.isAfter(latestAsOf());
	}

	private Instant latestAsOf() {
		return Instant.now(clock).plus(EvaluationProperties.AS_OF_AHEAD);
	}

	@BatchMapping(typeName = "Target")
	Map<Target, TargetEvaluation> latestEvaluation(List<Target> list) {
		Map<String, TargetEvaluation> latest = queries.latest(list.stream().map(Target::code).toList());
		Map<Target, TargetEvaluation> result = new LinkedHashMap<>();
		list.stream().filter(t -> latest.containsKey(t.code())).forEach(t -> result.put(t, latest.get(t.code())));
		return result;
	}

	@SchemaMapping(typeName = "EvaluationRun")
	String key(EvaluationRun run) {
		return run.id();
	}

	@SchemaMapping(typeName = "EvaluationRun")
	List<StatusCount> statusCounts(EvaluationRun run) {
		return run.statusCounts().entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
	}

	@BatchMapping(typeName = "EvaluationRun", field = "evaluations")
	Map<EvaluationRun, List<TargetEvaluation>> runEvaluations(List<EvaluationRun> runs) {
		Map<String, List<TargetEvaluation>> byRun = queries.ofRuns(runs.stream().map(EvaluationRun::id).toList());
		Map<EvaluationRun, List<TargetEvaluation>> result = new LinkedHashMap<>();
		runs.forEach(run -> result.put(run, byRun.getOrDefault(run.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "TargetEvaluation")
	Map<TargetEvaluation, Target> target(List<TargetEvaluation> list) {
		return BatchLookup.namedBy(list, TargetEvaluation::targetCode, targets::findTargets);
	}

	@BatchMapping(typeName = "TargetEvaluation")
	Map<TargetEvaluation, EvaluationRun> run(List<TargetEvaluation> list) {
		return BatchLookup.namedBy(list, TargetEvaluation::runId, queries::findRuns);
	}

	@SchemaMapping(typeName = "TargetEvaluation")
	BigDecimal actualRatio(TargetEvaluation evaluation) {
		return evaluation.attainment(evaluation.actual());
	}

	@BatchMapping(typeName = "Provenance")
	Map<Provenance, Indicator> indicator(List<Provenance> list) {
		return BatchLookup.namedBy(list, Provenance::indicatorCode, indicators::findAll);
	}

	@BatchMapping(typeName = "Provenance")
	Map<Provenance, List<Observation>> observations(List<Provenance> list) {
		Map<String, Observation> found = indicators
			.findObservations(list.stream().flatMap(p -> p.observationIds().stream()).toList());
		Map<Provenance, List<Observation>> result = new LinkedHashMap<>();
		list.forEach(p -> result.put(p, p.observationIds().stream().map(found::get).filter(o -> o != null).toList()));
		return result;
	}

	@BatchMapping(typeName = "Provenance")
	Map<Provenance, AssessmentView> assessment(List<Provenance> list) {
		return BatchLookup.namedBy(list, Provenance::assessmentId, ids -> {
			Map<String, AssessmentView> views = new LinkedHashMap<>();
			assessments.views(assessments.findByIds(ids), null).forEach(v -> views.put(v.assessment().id(), v));
			return views;
		});
	}

	record EvaluateTargetsInput(Instant asOf) {
	}

	record EvaluateResult(EvaluationRun run, List<UserError> userErrors) {
	}

	record StatusCount(TargetStatus status, int count) {
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class NodeResolvers {

		@Bean
		NodeResolver evaluationRunNodeResolver(EvaluationQueries queries) {
			return NodeResolver.of("EvaluationRun", queries::findRun);
		}

		@Bean
		NodeResolver targetEvaluationNodeResolver(EvaluationQueries queries) {
			return NodeResolver.of("TargetEvaluation", queries::findEvaluation);
		}

	}

}
