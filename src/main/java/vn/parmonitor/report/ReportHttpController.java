package vn.parmonitor.report;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.parmonitor.system.http.Downloads;
import vn.parmonitor.system.http.HttpRefusal;
import vn.parmonitor.system.http.ProblemResponses;
import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/**
 * The Steering Committee's report as a PDF: {@code GET /reports/steering?unitCode=&year=} generates it now;
 * {@code GET /reports/<id>} downloads one the monthly job stored. It shows unpublished figures (the stage recorded so
 * far, the forecast), so it is read by those who may read the unit's unpublished data.
 */
@RestController
class ReportHttpController {

	private final ReportArchive archive;

	private final UnitService units;

	private final UnitReadAccess access;

	ReportHttpController(ReportArchive archive, UnitService units, UnitReadAccess access) {
		this.archive = archive;
		this.units = units;
		this.access = access;
	}

	@GetMapping("/reports/steering")
	ResponseEntity<byte[]> steering(@RequestParam String unitCode, @RequestParam String year) {
		int parsedYear = HttpRefusal.year(year);
		Unit unit = units.named(unitCode.strip(), LocalDate.of(parsedYear, 12, 31))
			.orElseThrow(() -> new HttpRefusal(HttpStatus.NOT_FOUND, "unitCode", "unit " + unitCode + " does not exist"));
		requireReader(unit.key(), unit.officialCode());
		byte[] pdf = archive.render(unit, parsedYear).orElseThrow(() -> new HttpRefusal(HttpStatus.NOT_FOUND, "year",
				"unit " + unit.officialCode() + " has no assessment, forecast or plan in " + parsedYear + " to report on"));
		return pdf("bao-cao-" + unit.officialCode() + "-" + parsedYear + ".pdf", pdf);
	}

	@GetMapping("/reports/{id}")
	ResponseEntity<byte[]> stored(@PathVariable String id) {
		StoredReport report = archive.find(id).orElseThrow(() -> new HttpRefusal(HttpStatus.NOT_FOUND, "id",
				"no report " + id));
		requireReader(report.unitCode(), report.unitCode());
		return pdf("bao-cao-" + report.unitCode() + "-" + report.year() + "-" + report.month() + ".pdf", report.pdf());
	}

	private void requireReader(String unitKey, String shown) {
		if (ApiPrincipal.current().isEmpty()) {
			throw new HttpRefusal(HttpStatus.UNAUTHORIZED, "Authorization", "the report shows unpublished figures: "
					+ "send the header 'Authorization: Bearer <token>' of the unit, a unit above it, the council, the "
					+ "Steering Committee or the Department");
		}
		access.require(unitKey, "the report on unit " + shown);
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return Downloads.inline(name, MediaType.APPLICATION_PDF, content);
	}


	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return ProblemResponses.of(HttpStatus.FORBIDDEN, "unitCode", ex.getMessage());
	}

}
