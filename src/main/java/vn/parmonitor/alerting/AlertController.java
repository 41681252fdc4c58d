package vn.parmonitor.alerting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.evaluation.EvaluationQueries;
import vn.parmonitor.evaluation.EvaluationRun;
import vn.parmonitor.evaluation.TargetEvaluation;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.Authorization;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/** GraphQL access to alerts, their notifications and units' contacts. */
@Controller
class AlertController {

	private final AlertService alerts;

	private final AlertQueries queries;

	private final AlertFeed feed;

	private final ContactService contacts;

	private final UnitService units;

	private final TargetService targets;

	private final EvaluationQueries evaluations;

	private final UnitReadAccess access;

	AlertController(AlertService alerts, AlertQueries queries, AlertFeed feed, ContactService contacts,
			UnitService units, TargetService targets, EvaluationQueries evaluations, UnitReadAccess access) {
		this.access = access;
		this.alerts = alerts;
		this.queries = queries;
		this.feed = feed;
		this.contacts = contacts;
		this.units = units;
		this.targets = targets;
		this.evaluations = evaluations;
	}

	@QueryMapping(name = "alerts")
	PagedConnection<Alert> alertList(@Argument AlertQueries.AlertFilter filter, @Argument Integer first,
			@Argument String after) {
		return queries.alerts(filter == null ? AlertQueries.AlertFilter.UNRESOLVED : filter,
				new PageRequest(first, after, null, null));
	}

	/**
	 * Notifications name their recipients (addresses, webhook URLs): the Department, the council and the Steering
	 * Committee read them all, a unit's officer those of its unit and the units below it.
	 */
	@QueryMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'APPRAISER', 'VIEWER', 'UNIT')")
	PagedConnection<Notification> notifications(@Argument AlertQueries.NotificationFilter filter,
			@Argument Integer first, @Argument String after) {
		AlertQueries.NotificationFilter asked = filter == null ? AlertQueries.NotificationFilter.ALL : filter;
		List<String> scope = access.listingScope(asked.unitCode());
		return queries.notifications(asked, scope, new PageRequest(first, after, null, null));
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT')")
	AlertService.AcknowledgeResult acknowledgeAlert(@Argument AcknowledgeAlertInput input) {
		var alert = alerts.find(input.alertKey());
		ApiPrincipal caller = ApiPrincipal.current().orElseThrow();
		alert.ifPresent(found -> Authorization.requireScope(List.of(found.unitCode()),
				() -> units.selfAndDescendantCodes(caller.unitCode())));
		String by = caller.name() + (caller.unitCode() == null ? "" : " (" + caller.unitCode() + ")");
		return alerts.acknowledge(input.alertKey(), by, input.note());
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT')")
	ContactService.ContactsResult setUnitContacts(@Argument UnitContactsInput input) {
		ApiPrincipal caller = ApiPrincipal.current().orElseThrow();
		String unit = units.keyToday(input.unitCode());
		Authorization.requireScope(List.of(unit), () -> units.selfAndDescendantCodes(caller.unitCode()));
		return contacts.set(unit, input.emails(), input.webhookUrl(), input.digest());
	}

	@SubscriptionMapping
	Flux<AlertFeed.AlertEventNotice> alertEvents(@Argument String unitCode) {
		return feed.events(units.selfAndDescendantCodes(units.keyToday(unitCode)));
	}

	@SchemaMapping(typeName = "Alert")
	String key(Alert alert) {
		return alert.id();
	}

	@BatchMapping(typeName = "Alert")
	Map<Alert, Target> target(List<Alert> list) {
		return BatchLookup.namedBy(list, Alert::targetCode, targets::findTargets);
	}

	@BatchMapping(typeName = "Alert")
	Map<Alert, Unit> unit(List<Alert> list) {
		return units.unitsNamedBy(list, Alert::unitCode);
	}

	@BatchMapping(typeName = "Alert")
	Map<Alert, Unit> subjectUnit(List<Alert> list) {
		return units.unitsNamedBy(list, Alert::subjectUnitCode);
	}

	@BatchMapping(typeName = "Alert")
	Map<Alert, TargetEvaluation> lastEvaluation(List<Alert> list) {
		return BatchLookup.namedBy(list, Alert::lastEvaluationId, evaluations::findEvaluations);
	}

	/** Contacts (addresses, webhook URLs) are for those who may read the unit's unpublished data; null otherwise. */
	@BatchMapping(typeName = "Unit")
	Map<Unit, UnitContacts> contacts(List<Unit> list) {
		Set<String> readable = access.readable(list.stream().map(Unit::key).toList());
		return BatchLookup.namedBy(list.stream().filter(unit -> readable.contains(unit.key())).toList(), Unit::key,
				contacts::find);
	}

	@BatchMapping(typeName = "Target")
	Map<Target, Alert> openAlert(List<Target> list) {
		return BatchLookup.namedBy(list, Target::code, queries::openAlerts);
	}

	@BatchMapping(typeName = "EvaluationRun")
	Map<EvaluationRun, AlertChangeSummary> alertChanges(List<EvaluationRun> runs) {
		var counts = queries.changesOfRuns(runs.stream().map(EvaluationRun::id).toList());
		Map<EvaluationRun, AlertChangeSummary> result = new LinkedHashMap<>();
		for (EvaluationRun run : runs) {
			var ofRun = counts.getOrDefault(run.id(), Map.of());
			result.put(run, new AlertChangeSummary(ofRun.getOrDefault(AlertEventType.OPENED, 0),
					ofRun.getOrDefault(AlertEventType.ESCALATED, 0), ofRun.getOrDefault(AlertEventType.DEESCALATED, 0),
					ofRun.getOrDefault(AlertEventType.RESOLVED, 0)));
		}
		return result;
	}

	@SchemaMapping(typeName = "Notification")
	String key(Notification notification) {
		return notification.id();
	}

	@BatchMapping(typeName = "Notification")
	Map<Notification, Alert> alert(List<Notification> list) {
		return BatchLookup.namedBy(list, Notification::alertId, alerts::findAll);
	}

	@BatchMapping(typeName = "Notification", field = "unit")
	Map<Notification, Unit> notificationUnit(List<Notification> list) {
		return units.unitsNamedBy(list, Notification::unitCode);
	}

	record AcknowledgeAlertInput(String alertKey, String note) {
	}

	record AlertChangeSummary(int opened, int escalated, int deescalated, int resolved) {
	}

	record UnitContactsInput(String unitCode, List<String> emails, String webhookUrl, Boolean digest) {
	}

}
