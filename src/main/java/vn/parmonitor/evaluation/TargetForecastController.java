package vn.parmonitor.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/** The fields of GraphQL {@code TargetPathStep} that name other objects, each list looked up in one query. */
@Controller
class TargetForecastController {

	private final UnitService units;

	private final IndicatorService indicators;

	TargetForecastController(UnitService units, IndicatorService indicators) {
		this.units = units;
		this.indicators = indicators;
	}

	@BatchMapping(typeName = "TargetPathStep")
	Map<ForecastTrace.Step, Unit> leadAgency(List<ForecastTrace.Step> steps) {
		return units.unitsNamedBy(steps, ForecastTrace.Step::leadAgencyCode);
	}

	@BatchMapping(typeName = "TargetPathStep")
	Map<ForecastTrace.Step, Indicator> indicator(List<ForecastTrace.Step> steps) {
		return BatchLookup.namedBy(steps, ForecastTrace.Step::indicatorCode, indicators::findAll);
	}

}
