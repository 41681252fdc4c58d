package vn.parmonitor.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.security.Authorization;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/** GraphQL reads and writes of indicators and observations. */
@Controller
class IndicatorController {

	private final IndicatorService indicators;

	private final UnitService units;

	IndicatorController(IndicatorService indicators, UnitService units) {
		this.indicators = indicators;
		this.units = units;
	}

	@QueryMapping
	Indicator indicator(@Argument String code) {
		return indicators.find(code).orElse(null);
	}

	@QueryMapping(name = "indicators")
	PagedConnection<Indicator> indicatorList(@Argument Integer first, @Argument String after, @Argument Integer last,
			@Argument String before) {
		return indicators.list(new PageRequest(first, after, last, before));
	}

	@QueryMapping
	PagedConnection<Observation> observations(@Argument String indicatorCode, @Argument String unitCode,
			@Argument LocalDate from, @Argument LocalDate to, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return indicators.observations(indicatorCode, unitCode, from, to, new PageRequest(first, after, last, before));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	IndicatorResult upsertIndicator(@Argument IndicatorInput input) {
		return indicators.upsert(input);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT')")
	ObservationsResult recordObservation(@Argument ObservationInput input) {
		return record(List.of(input), true);
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT')")
	ObservationsResult recordObservations(@Argument RecordObservationsInput input) {
		return record(input.observations(), false);
	}

	private ObservationsResult record(List<ObservationInput> given, boolean single) {
		List<ObservationInput> inputs = given == null ? null : keyed(given);
		Authorization.requireScope(inputs == null ? List.of()
				: inputs.stream().filter(java.util.Objects::nonNull).map(ObservationInput::unitCode).toList(),
				() -> units.selfAndDescendantCodes(vn.parmonitor.system.security.ApiPrincipal.current().orElseThrow().unitCode()));
		return indicators.record(inputs, single);
	}

	/** The observations with their units' codes turned into keys, each read in its period; one look-up. */
	private List<ObservationInput> keyed(List<ObservationInput> given) {
		List<UnitService.DatedReference> references = given.stream()
			.filter(java.util.Objects::nonNull)
			.map(IndicatorController::reference)
			.toList();
		Map<UnitService.DatedReference, String> keys = units.keysOn(references);
		return given.stream().map(input -> input == null ? null : input.withUnit(keys.get(reference(input)))).toList();
	}

	private static UnitService.DatedReference reference(ObservationInput input) {
		return new UnitService.DatedReference(input.unitCode(), ReportingPeriod.lastDayOf(input.period()));
	}

	@SchemaMapping(typeName = "Indicator")
	java.math.BigDecimal maximumValue(Indicator indicator) {
		return indicator.maximumValue() == null ? null : indicator.maximumValue().stripTrailingZeros();
	}

	@BatchMapping(typeName = "Observation")
	Map<Observation, Indicator> indicator(List<Observation> observations) {
		return BatchLookup.namedBy(observations, Observation::indicatorCode, indicators::findAll);
	}

	@BatchMapping(typeName = "Observation")
	Map<Observation, Unit> unit(List<Observation> observations) {
		return units.unitsNamedBy(observations, Observation::unitCode);
	}

	@SchemaMapping(typeName = "Observation")
	String period(Observation observation) {
		return observation.periodKey();
	}

	record RecordObservationsInput(List<ObservationInput> observations) {
	}

}
