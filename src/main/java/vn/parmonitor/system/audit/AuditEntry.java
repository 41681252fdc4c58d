package vn.parmonitor.system.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change of data: who, when, what (the entity and each value before → after), why. Entries are never updated
 * except once, from {@link AuditState#PENDING} to {@link AuditState#COMMITTED} or {@link AuditState#NOT_APPLIED}; no
 * API changes or deletes them.
 *
 * @param id also stamped on the changed document ({@code lastChangeId}), which is how a pending entry is known to
 *     have landed
 * @param action what was done, e.g. {@code SCORES_RECORDED}, {@code ASSESSMENT_SUBMITTED}
 * @param unitCode the unit the data belongs to, for filtering (null for data of no unit)
 * @param year the assessment or plan year, when the data has one
 * @param previousChangeId the {@code lastChangeId} of the document the change was made on: the chain of changes of
 *     one entity
 */
@Document("audit_log")
@CompoundIndex(name = "unit_at", def = "{'state': 1, 'unitCode': 1, 'at': -1}")
@CompoundIndex(name = "entity_at", def = "{'state': 1, 'entityType': 1, 'entityId': 1, 'at': -1}")
@CompoundIndex(name = "actor_at", def = "{'state': 1, 'actor.name': 1, 'at': -1}")
@CompoundIndex(name = "year_at", def = "{'state': 1, 'year': 1, 'at': -1}")
@CompoundIndex(name = "state_at", def = "{'state': 1, 'at': -1}")
@CompoundIndex(name = "chain", def = "{'entityId': 1, 'previousChangeId': 1}")
public record AuditEntry(@Id String id, Instant at, Actor actor, String action, AuditedEntity entityType,
		String entityId, String unitCode, Integer year, String methodologyCode, List<FieldChange> changes,
		String reason, String previousChangeId, AuditState state) {

	public AuditEntry {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

	AuditEntry withState(AuditState newState) {
		return new AuditEntry(id, at, actor, action, entityType, entityId, unitCode, year, methodologyCode, changes,
				reason, previousChangeId, newState);
	}

}
