package vn.parmonitor.alerting;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.system.store.InChunks;

/** Alert and notification listings. */
@Component
public class AlertQueries {

	private final MongoTemplate mongo;

	private final UnitService units;

	AlertQueries(MongoTemplate mongo, UnitService units) {
		this.mongo = mongo;
		this.units = units;
	}

	/** Alerts matching the filter (open and acknowledged ones unless it names states), critical first, newest first. */
	public PagedConnection<Alert> alerts(AlertFilter filter, PageRequest page) {
		Criteria criteria = new Criteria();
		if (filter.unitCode() != null) {
			criteria.and("unitCode").in(Boolean.FALSE.equals(filter.includeDescendants()) ? List.of(filter.unitCode())
					: units.selfAndDescendantCodes(filter.unitCode()));
		}
		criteria.and("state").in(filter.states() == null || filter.states().isEmpty()
				? List.of(AlertState.OPEN, AlertState.ACKNOWLEDGED) : filter.states());
		if (filter.severities() != null && !filter.severities().isEmpty()) {
			criteria.and("severity").in(filter.severities());
		}
		if (filter.targetCode() != null) {
			criteria.and("targetCode").is(filter.targetCode());
		}
		// "CRITICAL" sorts before "WARNING": ascending severity lists critical alerts first.
		return Pages.find(mongo, Query.query(criteria),
				Sort.by(Sort.Order.asc("severity"), Sort.Order.desc("openedAt"), Sort.Order.asc("_id")), page, Alert.class);
	}

	/** @param units when not null, only notifications of these units (a unit officer's scope) */
	PagedConnection<Notification> notifications(NotificationFilter filter, Collection<String> units, PageRequest page) {
		Criteria criteria = new Criteria();
		if (filter.unitCode() != null) {
			criteria.and("unitCode").is(filter.unitCode());
		}
		else if (units != null) {
			criteria.and("unitCode").in(units);
		}
		if (filter.alertKey() != null) {
			criteria.and("alertId").is(filter.alertKey());
		}
		if (filter.states() != null && !filter.states().isEmpty()) {
			criteria.and("state").in(filter.states());
		}
		return Pages.find(mongo, Query.query(criteria), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")), page,
				Notification.class);
	}

	/** Unresolved alerts of the targets, by target code; one query. */
	Map<String, Alert> openAlerts(Collection<String> targetCodes) {
		Map<String, Alert> found = new HashMap<>();
		InChunks.find(mongo, "openKey", targetCodes, Alert.class).forEach(alert -> found.put(alert.targetCode(), alert));
		return found;
	}

	/** How many events of each type each run caused; one query. */
	Map<String, Map<AlertEventType, Integer>> changesOfRuns(Collection<String> runIds) {
		Map<String, Map<AlertEventType, Integer>> counts = new HashMap<>();
		for (Alert alert : mongo.find(Query.query(Criteria.where("events.runId").in(runIds)), Alert.class)) {
			for (AlertEvent event : alert.events()) {
				if (event.runId() != null && runIds.contains(event.runId())) {
					counts.computeIfAbsent(event.runId(), id -> new EnumMap<>(AlertEventType.class))
						.merge(event.type(), 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	/** Unresolved alerts by measured unit, responsible unit and severity, for the metrics; one query. */
	Map<List<String>, Integer> openCounts() {
		Map<List<String>, Integer> counts = new HashMap<>();
		Query query = Query.query(Criteria.where("openKey").exists(true));
		query.fields().include("subjectUnitCode", "unitCode", "severity");
		for (Alert alert : mongo.find(query, Alert.class)) {
			counts.merge(List.of(alert.subjectUnitCode(), alert.unitCode(), alert.severity().name()), 1, Integer::sum);
		}
		return counts;
	}

	/** GraphQL {@code AlertFilter}. */
	public record AlertFilter(String unitCode, Boolean includeDescendants, List<AlertState> states,
			List<AlertSeverity> severities, String targetCode) {

		public static final AlertFilter UNRESOLVED = new AlertFilter(null, null, null, null, null);

	}

	/** GraphQL {@code NotificationFilter}. */
	record NotificationFilter(String unitCode, String alertKey, List<Notification.DeliveryState> states) {

		static final NotificationFilter ALL = new NotificationFilter(null, null, null);

	}

}
