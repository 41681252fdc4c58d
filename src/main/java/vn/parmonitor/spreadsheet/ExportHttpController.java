package vn.parmonitor.spreadsheet;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.system.http.Downloads;
import vn.parmonitor.system.http.HttpRefusal;
import vn.parmonitor.system.http.ProblemResponses;

/**
 * Exports as XLSX, read with the same rights as the GraphQL queries they mirror:
 * {@code GET /exports/ranking?methodologyCode=&year=[&parentCode=][&stage=]} (public for the published FINAL ranking);
 * {@code GET /exports/points-lost?unitCode=&year=[&methodologyCode=][&stage=]} (by field, criterion, agency, method);
 * {@code GET /exports/plan-targets?planCode=} (each target with its latest evaluation);
 * {@code GET /exports/open-alerts[?unitCode=]} (open and acknowledged alerts, of a unit and those below it).
 */
@RestController
class ExportHttpController {

	private final RankingExport ranking;

	private final PointsLostExport pointsLost;

	private final PlanExports plans;

	ExportHttpController(RankingExport ranking, PointsLostExport pointsLost, PlanExports plans) {
		this.ranking = ranking;
		this.pointsLost = pointsLost;
		this.plans = plans;
	}

	@GetMapping("/exports/ranking")
	ResponseEntity<byte[]> ranking(@RequestParam String methodologyCode, @RequestParam String year,
			@RequestParam(required = false) String parentCode, @RequestParam(required = false) String stage) {
		int parsedYear = HttpRefusal.year(year);
		ScoreStage parsedStage = stage == null || stage.isBlank() ? null : stage(stage);
		String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
		return file("xep-hang-" + methodologyCode.strip() + "-" + parsedYear + (parent == null ? "" : "-" + parent)
				+ ".xlsx", ranking.build(methodologyCode.strip(), parsedYear, parent, parsedStage));
	}

	@GetMapping("/exports/points-lost")
	ResponseEntity<byte[]> pointsLost(@RequestParam String unitCode, @RequestParam String year,
			@RequestParam(required = false) String methodologyCode, @RequestParam(required = false) String stage) {
		int parsedYear = HttpRefusal.year(year);
		ScoreStage parsedStage = stage == null || stage.isBlank() ? null : stage(stage);
		String methodology = methodologyCode == null || methodologyCode.isBlank() ? null : methodologyCode.strip();
		return file("diem-mat-" + unitCode.strip() + "-" + parsedYear + ".xlsx",
				pointsLost.build(unitCode.strip(), parsedYear, methodology, parsedStage));
	}

	@GetMapping("/exports/plan-targets")
	ResponseEntity<byte[]> planTargets(@RequestParam String planCode) {
		return file("muc-tieu-" + planCode.strip() + ".xlsx", plans.planTargets(planCode.strip()));
	}

	@GetMapping("/exports/open-alerts")
	ResponseEntity<byte[]> openAlerts(@RequestParam(required = false) String unitCode) {
		String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
		return file("canh-bao" + (unit == null ? "" : "-" + unit) + ".xlsx", plans.openAlerts(unit));
	}

	static ResponseEntity<byte[]> file(String name, byte[] content) {
		return Downloads.attachment(name, Downloads.XLSX, content);
	}

	static ScoreStage stage(String text) {
		try {
			return ScoreStage.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new SpreadsheetRefusal(HttpStatus.BAD_REQUEST, "stage", "stage '" + text
					+ "' is not one of SELF, APPRAISED, FINAL");
		}
	}


	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidArgumentException ex) {
		return ProblemResponses.of(ex.getMessage().contains("does not exist") ? HttpStatus.NOT_FOUND
				: HttpStatus.BAD_REQUEST, ex.argument(), ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return ProblemResponses.of(HttpStatus.FORBIDDEN, "stage", ex.getMessage());
	}

}
