package vn.parmonitor.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Generates the reports on request and, each month, for every unit that owns a plan of the year, keeping them for
 * download ({@code GET /reports/<id>}).
 */
@Service
class ReportArchive {

	private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);

	private final SteeringReports reports;

	private final TargetService targets;

	private final UnitService units;

	private final MongoTemplate mongo;

	private final EvaluationTime time;

	private final Clock clock;

	ReportArchive(SteeringReports reports, TargetService targets, UnitService units, MongoTemplate mongo,
			EvaluationTime time, Optional<Clock> clock) {
		this.reports = reports;
		this.targets = targets;
		this.units = units;
		this.mongo = mongo;
		this.time = time;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The PDF of a unit and year now; empty when there is nothing to report. */
	Optional<byte[]> render(Unit unit, int year) {
		return reports.gather(unit, year).map(report -> new SteeringReportPdf().render(report));
	}

	/**
	 * The month's reports: one for each unit owning a plan of the current year (in Vietnam's calendar, at the
	 * evaluation time: the demo's replayed 10 November 2023), stored under the unit, year and month so that a second
	 * run of the month replaces rather than adds.
	 * @return how many were stored
	 */
	int generateMonthly() {
		// The job reads as the Steering Committee does (every unit's unpublished stages), and changes nothing.
		return new ApiPrincipal("monthly-reports", ApiRole.VIEWER, null).runAs(this::storeMonth);
	}

	private int storeMonth() {
		LocalDate today = time.today();
		int year = today.getYear();
		String month = YearMonth.from(today).toString();
		int stored = 0;
		java.util.Set<String> owners = new java.util.LinkedHashSet<>();
		Pages.all(page -> targets.plans(null, year, page)).forEach(plan -> owners.add(plan.ownerUnitCode()));
		for (String owner : owners) {
			Optional<Unit> unit = units.find(owner);
			Optional<byte[]> pdf = unit.flatMap(found -> render(found, year));
			if (pdf.isPresent()) {
				mongo.save(new StoredReport(StoredReport.idOf(owner, year, month), unit.get().key(),
						unit.get().name(), year, month, clock.instant(), pdf.get().length, pdf.get()));
				stored++;
			}
		}
		log.info("Stored {} Steering Committee reports for {}", stored, month);
		return stored;
	}

	Optional<StoredReport> find(String id) {
		return Optional.ofNullable(id == null ? null : mongo.findById(id, StoredReport.class));
	}

	/** A unit's stored reports, newest first, without their content. */
	List<StoredReport> of(String unitCode, int first) {
		Query query = Query.query(Criteria.where("unitCode").is(unitCode)).with(Sort.by(Sort.Direction.DESC, "generatedAt"))
			.limit(first);
		query.fields().exclude("pdf");
		return mongo.find(query, StoredReport.class);
	}

}
