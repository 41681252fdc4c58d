package vn.parmonitor.system.audit;

import java.util.List;

/**
 * What a change is about to do, before it is stored: everything of an {@link AuditEntry} except who and when
 * (taken from the request) and its state.
 */
public record AuditDraft(String action, AuditedEntity entityType, String entityId, String unitCode, Integer year,
		String methodologyCode, List<FieldChange> changes, String reason, String previousChangeId) {

	public AuditDraft {
		changes = changes == null ? List.of() : List.copyOf(changes);
	}

}
