package vn.parmonitor.system.retention;

import java.time.Instant;

/** One kind of history a feature thins or drops; run daily by {@link RetentionScheduling}. */
public interface RetentionTask {

	/** What it keeps, for the log. */
	String name();

	/**
	 * Thins or drops what {@code now} makes old; idempotent (replicas may run it at once) and bounded in memory.
	 * @return how many documents it removed
	 */
	long apply(Instant now);

}
