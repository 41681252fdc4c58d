package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/** GraphQL {@code pathToTarget} and the fields of its answer. */
@Controller
class ForecastPathController {

	private final ForecastService forecasts;

	private final UnitService units;

	private final IndicatorService indicators;

	private final UnitReadAccess access;

	ForecastPathController(ForecastService forecasts, UnitService units, IndicatorService indicators,
			UnitReadAccess access) {
		this.access = access;
		this.forecasts = forecasts;
		this.units = units;
		this.indicators = indicators;
	}

	@QueryMapping
	PathToTarget pathToTarget(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument Boolean withinParent, @Argument ScoreStage knownStage, @Argument BigDecimal indexPercent,
			@Argument Integer rank, @Argument String nodeCode, @Argument BigDecimal points, @Argument Instant asOf) {
		String asked = unitCode;
		unitCode = units.keyInYear(asked, year);
		access.require(unitCode, "the path to the target of unit " + asked);
		return forecasts.path(new ForecastRequest(unitCode, year, methodologyCode, knownStage,
				Boolean.TRUE.equals(withinParent)), indexPercent, rank, nodeCode, points, asOf).orElse(null);
	}

	@SchemaMapping(typeName = "ForecastPath")
	CriterionNodeView node(PathToTarget path) {
		return path.scope() == null ? null
				: new CriterionNodeView(path.forecast().tree(), path.forecast().tree().node(path.scope()).orElseThrow());
	}

	@SchemaMapping(typeName = "ForecastPath")
	List<StepView> steps(PathToTarget path, @Argument Integer first, @Argument PathLever lever) {
		int size = first == null ? 20 : first;
		if (size < 0 || size > 100) {
			throw new InvalidArgumentException("first", "first must be between 0 and 100, got " + size);
		}
		return path.steps().stream()
			.filter(step -> lever == null || step.lever() == lever)
			.limit(size)
			.map(step -> new StepView(path.forecast(), step))
			.toList();
	}

	@BatchMapping(typeName = "PathStep")
	Map<StepView, Indicator> indicator(List<StepView> list) {
		return BatchLookup.namedBy(list, StepView::indicatorCode, indicators::findAll);
	}

	@SchemaMapping(typeName = "PathStep", field = "forecast")
	ForecastController.ComponentView stepForecast(StepView view) {
		return view.forecastOfComponent();
	}

	@BatchMapping(typeName = "PathStep")
	Map<StepView, Unit> leadAgency(List<StepView> list) {
		return units.unitsNamedBy(list, view -> view.step().leadAgencyCode());
	}

	/** GraphQL {@code PathStep}. */
	record StepView(IndexForecast forecast, PathStep step) {

		public CriterionNodeView component() {
			return new CriterionNodeView(forecast.tree(), step.forecast().component());
		}

		public PathLever lever() {
			return step.lever();
		}

		public ForecastController.ComponentView forecastOfComponent() {
			return new ForecastController.ComponentView(forecast, step.forecast());
		}

		public BigDecimal gainablePoints() {
			return step.gainablePoints();
		}

		public BigDecimal stepGain() {
			return step.stepGain();
		}

		public String takes() {
			return step.takes();
		}

		String indicatorCode() {
			return step.lever() == PathLever.INDICATOR ? step.forecast().indicatorCode() : null;
		}

		public BigDecimal projectedValue() {
			return step.projectedValue();
		}

		public BigDecimal neededValue() {
			return step.neededValue();
		}

		public BigDecimal cumulativeGain() {
			return step.cumulativeGain();
		}

		public boolean closesGap() {
			return step.closesGap();
		}

	}

}
