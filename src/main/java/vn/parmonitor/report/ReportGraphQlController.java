package vn.parmonitor.report;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/** The stored reports in GraphQL; their content is downloaded over HTTP ({@code downloadUrl}). */
@Controller
class ReportGraphQlController {

	private final ReportArchive archive;

	private final UnitService units;

	private final UnitReadAccess access;

	ReportGraphQlController(ReportArchive archive, UnitService units, UnitReadAccess access) {
		this.archive = archive;
		this.units = units;
		this.access = access;
	}

	@QueryMapping
	List<StoredReport> steeringReports(@Argument String unitCode, @Argument Integer first) {
		int size = first == null ? 12 : first;
		if (size < 1 || size > 100) {
			throw new InvalidArgumentException("first", "first must be between 1 and 100, got " + size);
		}
		String key = units.keyToday(unitCode);
		return access.readable(List.of(key)).isEmpty() ? List.of() : archive.of(key, size);
	}

	@SchemaMapping(typeName = "SteeringReport")
	String downloadUrl(StoredReport report) {
		return report.downloadUrl();
	}

	@BatchMapping(typeName = "SteeringReport")
	Map<StoredReport, Unit> unit(List<StoredReport> reports) {
		return units.unitsNamedBy(reports, StoredReport::unitCode);
	}

}
