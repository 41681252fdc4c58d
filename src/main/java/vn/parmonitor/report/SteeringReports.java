package vn.parmonitor.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.parmonitor.assessment.AssessmentReads;
import vn.parmonitor.assessment.AssessmentState;
import vn.parmonitor.assessment.AssessmentView;
import vn.parmonitor.assessment.PointsLostBreakdown;
import vn.parmonitor.assessment.PointsLostGroupView;
import vn.parmonitor.assessment.PointsLostGrouping;
import vn.parmonitor.assessment.RankPosition;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.assessment.YearOnYearChange;
import vn.parmonitor.evaluation.EvaluationQueries;
import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.forecast.ForecastRequest;
import vn.parmonitor.forecast.ForecastService;
import vn.parmonitor.forecast.IndexForecast;
import vn.parmonitor.forecast.PathToTarget;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.plan.Plan;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Gathers a {@link SteeringReport} from the reads the API answers with, so that the report and the API never tell two
 * stories: the published (FINAL) assessment when there is one, else the latest stage recorded.
 */
@Service
class SteeringReports {

	private final AssessmentReads assessments;

	private final ForecastService forecasts;

	private final TargetService targets;

	private final EvaluationQueries evaluations;

	private final UnitService units;

	private final EvaluationTime time;

	private final Clock clock;

	SteeringReports(AssessmentReads assessments, ForecastService forecasts, TargetService targets,
			EvaluationQueries evaluations, UnitService units, EvaluationTime time, Optional<Clock> clock) {
		this.time = time;
		this.assessments = assessments;
		this.forecasts = forecasts;
		this.targets = targets;
		this.evaluations = evaluations;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The report on the unit and year as known at the evaluation time (now, or the demo's replayed 10 November 2023:
	 * then 2023's results, published the next April, are not known yet and the forecast speaks); empty when the unit
	 * has no assessment, forecast or plan that year.
	 */
	Optional<SteeringReport> gather(Unit unit, int year) {
		Instant asOf = time.now();
		AssessmentView view = latestStage(unit.key(), year, asOf);
		boolean settled = view != null && view.stage() == ScoreStage.FINAL && view.complete();
		boolean published = settled && view.assessment().state() == AssessmentState.PUBLISHED;
		IndexForecast forecast = published ? null : forecast(unit.key(), year);
		List<Target> planned = plannedTargets(unit.key(), year);
		if (view == null && forecast == null && planned.isEmpty()) {
			return Optional.empty();
		}
		RankPosition rank = settled ? assessments.rank(view, asOf) : null;
		YearOnYearChange change = settled ? assessments.change(view) : null;
		List<SteeringReport.FieldBar> fields = new ArrayList<>();
		List<SteeringReport.Loss> losses = new ArrayList<>();
		BigDecimal lost = null;
		if (view != null) {
			for (CriterionDefinition field : view.tree().fields()) {
				var total = view.result().node(field.code());
				fields.add(new SteeringReport.FieldBar(field.code(), field.name(), total.points(), total.maximum(),
						total.lostPoints(), total.assessed()));
			}
			PointsLostBreakdown byAgency = assessments.pointsLost(unit.key(), year, view.methodology().code(),
					view.stage(), PointsLostGrouping.RESPONSIBLE_AGENCY);
			lost = byAgency.lostPoints();
			Map<String, Unit> agencies = units.findAll(byAgency.groups().stream().map(PointsLostGroupView::agencyCode)
				.filter(java.util.Objects::nonNull).toList());
			for (PointsLostGroupView group : byAgency.groups()) {
				Unit agency = group.agencyCode() == null ? null : agencies.get(group.agencyCode());
				losses.add(new SteeringReport.Loss(group.agencyCode(), agency == null ? group.key() : agency.name(),
						group.maximumPoints(), group.lostPoints(), group.shareOfLostPercent()));
			}
		}
		Map<String, TargetEvaluation> latest = evaluations.latest(planned.stream().map(Target::code).toList());
		List<SteeringReport.TargetLine> lines = planned.stream().map(target -> {
			TargetEvaluation evaluation = latest.get(target.code());
			return new SteeringReport.TargetLine(target.code(), target.name(),
					evaluation == null ? "NOT_EVALUATED" : evaluation.status().name(), target.targetValue(),
					evaluation == null ? null : evaluation.actual(), evaluation == null ? null : evaluation.projected());
		}).toList();
		return Optional.of(new SteeringReport(unit.officialCode(), unit.name(), year,
				view != null ? view.methodology().code() : forecast != null ? forecast.methodology().code() : null,
				view != null ? view.methodology().name() : forecast != null ? forecast.methodology().name() : null,
				view == null ? null : view.stage().name(), settled, view == null ? null : view.points(),
				view == null ? null : view.maximumPoints(), view == null ? null : view.assessedMaximumPoints(),
				view == null ? null : view.indexPercent(),
				rank == null ? null : rank.rank(), rank == null ? null : rank.of(),
				change == null ? null : change.indexChange(), change == null ? null : change.placesChange(),
				change == null || change.previous() == null ? null : previousRank(change, asOf), fields, losses, lost, lines,
				forecast == null ? null : forecastOf(unit.key(), year, forecast, planned), Instant.now(clock)));
	}

	private Integer previousRank(YearOnYearChange change, Instant asOf) {
		RankPosition before = assessments.rank(change.previous(), asOf);
		return before == null ? null : before.rank();
	}

	/** FINAL when published, else APPRAISED, else SELF: the most settled figures there are. */
	private AssessmentView latestStage(String unitKey, int year, Instant asOf) {
		for (ScoreStage stage : List.of(ScoreStage.FINAL, ScoreStage.APPRAISED, ScoreStage.SELF)) {
			AssessmentView view = assessments.assessment(unitKey, year, null, stage, asOf);
			if (view != null && view.componentsScored() > 0) {
				return view;
			}
		}
		return null;
	}

	private IndexForecast forecast(String unitKey, int year) {
		try {
			return forecasts.forecast(new ForecastRequest(unitKey, year, null, null, false)).orElse(null);
		}
		catch (InvalidArgumentException noSingleMethodology) {
			return null;
		}
	}

	private SteeringReport.Forecast forecastOf(String unitKey, int year, IndexForecast forecast, List<Target> planned) {
		BigDecimal goal = planned.stream().filter(target -> target.kind() == TargetKind.UNIT_INDEX)
			.map(Target::targetValue).findFirst().orElse(null);
		String path = null;
		if (goal != null) {
			path = forecasts.path(new ForecastRequest(unitKey, year, forecast.methodology().code(), null, false), goal,
					null, null, null, null).map(PathToTarget::summary).orElse(null);
		}
		return new SteeringReport.Forecast(forecast.index().likely(), forecast.index().low(), forecast.index().high(),
				forecast.rank().likely(), forecast.rank().best(), forecast.rank().worst(), forecast.rank().of(),
				forecast.summary(), path);
	}

	private List<Target> plannedTargets(String unitKey, int year) {
		List<Plan> plans = targets.plans(unitKey, year, new PageRequest(PageRequest.MAX_PAGE_SIZE, null, null, null))
			.nodes();
		return targets.targetsOfPlans(plans.stream().map(Plan::code).toList()).values().stream()
			.flatMap(List::stream).filter(Target::active).toList();
	}

}
