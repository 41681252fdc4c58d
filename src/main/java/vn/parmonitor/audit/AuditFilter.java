package vn.parmonitor.audit;

import vn.parmonitor.system.audit.AuditedEntity;

import java.time.Instant;

/**
 * Which entries of the audit log to list; every part is optional.
 *
 * @param person the actor's name (user or token)
 * @param from entries at or after this time
 * @param to entries before this time
 */
public record AuditFilter(String unitCode, Integer year, AuditedEntity entityType, String entityId, String person,
		String action, Instant from, Instant to) {

	static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null, null);

}
