package vn.parmonitor.spreadsheet;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.plan.Plan;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.http.HttpRefusal;
import vn.parmonitor.system.http.ProblemResponses;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/**
 * Templates to fill and send back, generated from the data: {@code GET /templates/scores?methodologyCode=&unitCode=
 * &year=&stage=}, {@code GET /templates/observations?indicatorCode=&unitCode=&year=},
 * {@code GET /templates/units?unitCode=} and {@code GET /templates/targets?planCode=}. For the roles that send such
 * files; a template shows what is recorded already, so it is read by those who may read the unit's data.
 */
@RestController
class TemplateHttpController {

	private final ScoreTemplate scores;

	private final ObservationTemplate observations;

	private final MethodologyService methodologies;

	private final IndicatorService indicators;

	private final UnitService units;

	private final UnitReadAccess access;

	private final StructureTemplates structure;

	private final TargetService targets;

	TemplateHttpController(ScoreTemplate scores, ObservationTemplate observations, MethodologyService methodologies,
			IndicatorService indicators, UnitService units, UnitReadAccess access, StructureTemplates structure,
			TargetService targets) {
		this.structure = structure;
		this.targets = targets;
		this.scores = scores;
		this.observations = observations;
		this.methodologies = methodologies;
		this.indicators = indicators;
		this.units = units;
		this.access = access;
	}

	@GetMapping("/templates/scores")
	ResponseEntity<byte[]> scores(@RequestParam String methodologyCode, @RequestParam String unitCode,
			@RequestParam String year, @RequestParam(defaultValue = "SELF") String stage) {
		SpreadsheetRefusal.requireRole(ImportKind.SCORES, "templates of scores");
		Methodology methodology = methodologies.find(methodologyCode.strip()).orElseThrow(() -> refusal(
				HttpStatus.NOT_FOUND, "methodologyCode", "methodology " + methodologyCode + " does not exist"));
		int parsedYear = HttpRefusal.year(year);
		if (parsedYear < methodology.year() || parsedYear > methodology.lastYear()) {
			throw refusal(HttpStatus.BAD_REQUEST, "year", "methodology " + methodology.code() + " scores the years "
					+ methodology.year() + " to " + methodology.lastYear() + ", not " + parsedYear);
		}
		ScoreStage parsedStage = ExportHttpController.stage(stage);
		Unit unit = unit(unitCode, LocalDate.of(parsedYear, 12, 31));
		access.require(unit.key(), "the score template of unit " + unit.officialCode());
		return ExportHttpController.file("diem-" + methodology.code() + "-" + unit.officialCode() + "-" + parsedYear + "-" + parsedStage
				+ ".xlsx", scores.build(methodology, unit, parsedYear, parsedStage));
	}

	@GetMapping("/templates/observations")
	ResponseEntity<byte[]> observations(@RequestParam String indicatorCode, @RequestParam String unitCode,
			@RequestParam String year) {
		SpreadsheetRefusal.requireRole(ImportKind.OBSERVATIONS, "templates of observations");
		Indicator indicator = indicators.find(indicatorCode.strip()).orElseThrow(() -> refusal(HttpStatus.NOT_FOUND,
				"indicatorCode", "indicator " + indicatorCode + " does not exist"));
		int parsedYear = HttpRefusal.year(year);
		Unit unit = unit(unitCode, LocalDate.of(parsedYear, 12, 31));
		access.require(unit.key(), "the observation template of unit " + unit.officialCode());
		return ExportHttpController.file("so-lieu-" + indicator.code() + "-" + unit.officialCode() + "-" + parsedYear + ".xlsx",
				observations.build(indicator, unit, parsedYear));
	}

	@GetMapping("/templates/units")
	ResponseEntity<byte[]> units(@RequestParam String unitCode) {
		SpreadsheetRefusal.requireRole(ImportKind.UNITS, "templates of units");
		Unit unit = unit(unitCode, LocalDate.now(vn.parmonitor.system.time.VietnamTime.ZONE));
		return ExportHttpController.file("don-vi-" + unit.officialCode() + ".xlsx", structure.units(unit));
	}

	@GetMapping("/templates/targets")
	ResponseEntity<byte[]> targets(@RequestParam String planCode) {
		SpreadsheetRefusal.requireRole(ImportKind.TARGETS, "templates of targets");
		Plan plan = targets.findPlan(planCode.strip()).orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, "planCode",
				"plan " + planCode + " does not exist"));
		return ExportHttpController.file("muc-tieu-" + plan.code() + ".xlsx", structure.targets(plan));
	}

	private Unit unit(String code, LocalDate day) {
		return units.named(code.strip(), day).orElseThrow(() -> refusal(HttpStatus.NOT_FOUND, "unitCode", "unit "
				+ code + " does not exist"));
	}

	private static SpreadsheetRefusal refusal(HttpStatus status, String field, String message) {
		return new SpreadsheetRefusal(status, field, message);
	}


	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return ProblemResponses.of(HttpStatus.FORBIDDEN, "unitCode", ex.getMessage());
	}

}
