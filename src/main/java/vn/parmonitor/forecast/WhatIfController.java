package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/** GraphQL {@code whatIf} and the fields of its answer. */
@Controller
class WhatIfController {

	private final ForecastService forecasts;

	private final UnitReadAccess access;

	private final UnitService units;

	WhatIfController(ForecastService forecasts, UnitReadAccess access, UnitService units) {
		this.forecasts = forecasts;
		this.access = access;
		this.units = units;
	}

	@QueryMapping
	WhatIf whatIf(@Argument String unitCode, @Argument int year, @Argument String methodologyCode,
			@Argument Boolean withinParent, @Argument ScoreStage knownStage,
			@Argument List<AssumptionValidator.IndicatorAssumption> indicators,
			@Argument List<AssumptionValidator.ComponentAssumption> components, @Argument Instant asOf) {
		String asked = unitCode;
		unitCode = units.keyInYear(asked, year);
		access.require(unitCode, "the what-if forecast of unit " + asked);
		return forecasts.whatIf(new ForecastRequest(unitCode, year, methodologyCode, knownStage,
				Boolean.TRUE.equals(withinParent)), indicators, components, asOf).orElse(null);
	}

	@SchemaMapping(typeName = "WhatIfForecast")
	List<String> assumptions(WhatIf whatIf) {
		return whatIf.assumed();
	}

	@SchemaMapping(typeName = "WhatIfForecast")
	List<ChangeView> changes(WhatIf whatIf) {
		return whatIf.changes().stream().map(change -> new ChangeView(whatIf, change)).toList();
	}

	/** GraphQL {@code ForecastChange}. */
	record ChangeView(WhatIf whatIf, WhatIf.Change change) {

		public CriterionNodeView component() {
			return new CriterionNodeView(whatIf.scenario().tree(), change.after().component());
		}

		public ForecastController.ComponentView before() {
			return new ForecastController.ComponentView(whatIf.baseline(), change.before());
		}

		public ForecastController.ComponentView after() {
			return new ForecastController.ComponentView(whatIf.scenario(), change.after());
		}

		public BigDecimal pointsChange() {
			return change.pointsChange();
		}

	}

}
