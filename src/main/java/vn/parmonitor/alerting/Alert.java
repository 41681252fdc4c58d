package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.evaluation.TargetStatus;
import vn.parmonitor.system.graphql.NodeObject;

/**
 * A lag alert on one target, from the evaluation that found it lagging to the one that found it back on track.
 *
 * @param id {@code alert:<target>:<run that opened it>}
 * @param unitCode the responsible unit: it receives the alert
 * @param openKey the target code while the alert is not resolved, absent after: a unique sparse index on it allows
 *     at most one unresolved alert per target, whichever replica tries to open a second
 * @param summary the numbers of the latest evaluation, in words
 * @param version optimistic lock: two replicas never both apply the same change
 * @param lastChangeId the audit entry of its latest acknowledgement (the evaluation's changes are its events)
 */
@Document("alerts")
@CompoundIndex(name = "unit_state", def = "{'unitCode': 1, 'state': 1, 'severity': 1}")
@CompoundIndex(name = "target_opened", def = "{'targetCode': 1, 'openedAt': -1}")
@CompoundIndex(name = "run_events", def = "{'events.runId': 1}")
public record Alert(@Id String id, String targetCode, String planCode, String unitCode, String subjectUnitCode,
		@Indexed(unique = true, sparse = true) String openKey, AlertSeverity severity, AlertState state,
		TargetStatus lastStatus, String lastEvaluationId, BigDecimal targetValue, BigDecimal actual,
		BigDecimal expected, BigDecimal projected, BigDecimal gap, String summary, Instant openedAt,
		@Indexed Instant updatedAt, Instant resolvedAt, Instant acknowledgedAt, String acknowledgedBy,
		List<AlertEvent> events, @Version Long version, String lastChangeId) implements NodeObject {

	public Alert {
		events = events == null ? List.of() : List.copyOf(events);
	}

	/** This alert stamped with the audit entry of a change (its acknowledgement). */
	Alert withLastChangeId(String changeId) {
		return new Alert(id, targetCode, planCode, unitCode, subjectUnitCode, openKey, severity, state, lastStatus,
				lastEvaluationId, targetValue, actual, expected, projected, gap, summary, openedAt, updatedAt, resolvedAt,
				acknowledgedAt, acknowledgedBy, events, version, changeId);
	}

	public AlertEvent lastEvent() {
		return events.get(events.size() - 1);
	}

	/** The next history entry's sequence number. */
	int nextSeq() {
		return events.size() + 1;
	}

	List<AlertEvent> eventsWith(AlertEvent event) {
		List<AlertEvent> all = new ArrayList<>(events);
		all.add(event);
		return all;
	}

	@Override
	public String nodeType() {
		return "Alert";
	}

	@Override
	public String nodeKey() {
		return id;
	}

}
