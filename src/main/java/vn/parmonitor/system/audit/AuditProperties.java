package vn.parmonitor.system.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How pending audit entries are settled.
 *
 * @param repairAfter how old a pending entry must be before the repair judges it: far longer than any request may
 *     take (the GraphQL execution timeout), so that a change still in flight is never judged
 * @param repairInterval how often the repair runs (also once right after start)
 */
@ConfigurationProperties("par.audit")
public record AuditProperties(Duration repairAfter, Duration repairInterval) {

	public AuditProperties {
		repairAfter = repairAfter == null ? Duration.ofMinutes(5) : repairAfter;
		repairInterval = repairInterval == null ? Duration.ofMinutes(5) : repairInterval;
	}

}
