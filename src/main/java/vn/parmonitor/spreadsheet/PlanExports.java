package vn.parmonitor.spreadsheet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.parmonitor.alerting.Alert;
import vn.parmonitor.alerting.AlertQueries;
import vn.parmonitor.evaluation.EvaluationQueries;
import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.plan.Plan;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * The plan's side as workbooks: the targets of a plan with their latest evaluation (GraphQL {@code plan { targets {
 * latestEvaluation } }}), and the open alerts (GraphQL {@code alerts}), critical first, read page by page.
 */
@Component
class PlanExports {

	private static final List<String> TARGET_HEADINGS = List.of("targetCode", "name", "kind", "subjectUnitCode",
			"subjectUnit", "responsibleUnitCode", "importance", "comparator", "targetValue", "deadline", "status", "actual",
			"expected", "projected", "gap", "dataDate", "evaluatedAt", "explanation");

	private static final List<String> ALERT_HEADINGS = List.of("alertKey", "severity", "state", "unitCode", "unit",
			"targetCode", "planCode", "lastStatus", "targetValue", "actual", "expected", "projected", "gap", "openedAt",
			"acknowledgedAt", "summary");

	private final TargetService targets;

	private final EvaluationQueries evaluations;

	private final AlertQueries alerts;

	private final UnitService units;

	private final Clock clock;

	PlanExports(TargetService targets, EvaluationQueries evaluations, AlertQueries alerts, UnitService units,
			Optional<Clock> clock) {
		this.targets = targets;
		this.evaluations = evaluations;
		this.alerts = alerts;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	byte[] planTargets(String planCode) {
		Plan plan = targets.findPlan(planCode).orElseThrow(() -> new SpreadsheetRefusal(HttpStatus.NOT_FOUND, "planCode",
				"plan " + planCode + " does not exist"));
		List<Target> ofPlan = targets.targetsOfPlans(List.of(plan.code())).getOrDefault(plan.code(), List.of());
		Map<String, TargetEvaluation> latest = evaluations.latest(ofPlan.stream().map(Target::code).toList());
		Map<String, Unit> named = units.findAll(ofPlan.stream().map(Target::subjectUnitCode).toList());
		try (ExportWorkbook book = new ExportWorkbook()) {
			book.sheet("targets", TARGET_HEADINGS);
			for (Target target : ofPlan) {
				TargetEvaluation evaluation = latest.get(target.code());
				Unit subject = named.get(target.subjectUnitCode());
				List<Object> row = new ArrayList<>(List.of(target.code(), target.name(), target.kind().name(),
						subject == null ? target.subjectUnitCode() : subject.officialCode()));
				row.add(subject == null ? null : subject.name());
				row.add(target.responsibleUnitCode());
				row.add(target.importance() == null ? null : target.importance().name());
				row.add(target.comparator() == null ? null : target.comparator().name());
				row.add(target.targetValue());
				row.add(target.deadline() == null ? null : target.deadline().toString());
				row.add(evaluation == null ? "NOT_EVALUATED" : evaluation.status().name());
				row.add(evaluation == null ? null : evaluation.actual());
				row.add(evaluation == null ? null : evaluation.expected());
				row.add(evaluation == null ? null : evaluation.projected());
				row.add(evaluation == null ? null : evaluation.gap());
				row.add(evaluation == null || evaluation.dataDate() == null ? null : evaluation.dataDate().toString());
				row.add(evaluation == null ? null : evaluation.evaluatedAt().toString());
				row.add(evaluation == null ? null : evaluation.explanation());
				book.row(row);
			}
			return book.write(List.of("Mục tiêu của kế hoạch / Targets of the plan: " + plan.code() + " (" + plan.name()
					+ "), " + plan.year() + "; " + ofPlan.size() + " targets",
					"status, actual, expected, projected and gap are those of each target's latest evaluation.",
					"Nguồn / Source: PAR Monitor, GraphQL plan(code: \"" + plan.code() + "\"); " + Instant.now(clock)));
		}
	}

	byte[] openAlerts(String unitCode) {
		String unit = unitCode == null ? null : units.keyToday(unitCode);
		AlertQueries.AlertFilter filter = new AlertQueries.AlertFilter(unit, null, null, null, null);
		try (ExportWorkbook book = new ExportWorkbook()) {
			book.sheet("alerts", ALERT_HEADINGS);
			List<Alert> open = Pages.all(page -> alerts.alerts(filter, page));
			Map<String, Unit> named = units.findAll(open.stream().map(Alert::unitCode).toList());
			Set<String> seen = new HashSet<>();
			int count = 0;
			for (Alert alert : open) {
				if (!seen.add(alert.id())) {
					continue; // an alert that moved between pages while they were read is listed once
				}
				Unit owner = named.get(alert.unitCode());
				List<Object> row = new ArrayList<>(List.of(alert.id(), alert.severity().name(), alert.state().name(),
						owner == null ? alert.unitCode() : owner.officialCode()));
				row.add(owner == null ? null : owner.name());
				row.add(alert.targetCode());
				row.add(alert.planCode());
				row.add(alert.lastStatus() == null ? null : alert.lastStatus().name());
				row.add(alert.targetValue());
				row.add(alert.actual());
				row.add(alert.expected());
				row.add(alert.projected());
				row.add(alert.gap());
				row.add(alert.openedAt() == null ? null : alert.openedAt().toString());
				row.add(alert.acknowledgedAt() == null ? null : alert.acknowledgedAt().toString());
				row.add(alert.summary());
				book.row(row);
				count++;
			}
			return book.write(List.of("Cảnh báo đang mở / Open alerts" + (unitCode == null ? "" : " of " + unitCode
					+ " and the units below it") + ": " + count + " (open and acknowledged), critical first",
					"Nguồn / Source: PAR Monitor, GraphQL alerts; " + Instant.now(clock)));
		}
	}

}
