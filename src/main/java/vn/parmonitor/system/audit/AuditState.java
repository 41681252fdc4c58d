package vn.parmonitor.system.audit;

/**
 * Where an entry stands. An entry is written before its change ({@link #PENDING}) and marked {@link #COMMITTED}
 * once the change is stored, so that no change can be stored without its entry; {@link AuditRepair} settles an entry
 * whose writer died in between.
 */
public enum AuditState {

	/** Written, its change not yet known to be stored. */
	PENDING,
	/** Its change is stored. The only entries the audit log shows. */
	COMMITTED,
	/** Its change was never stored (the writer died or lost a race before storing it). */
	NOT_APPLIED

}
