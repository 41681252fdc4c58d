package vn.parmonitor.monitoring;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.parmonitor.unit.UnitKind;

/**
 * The cardinality budget of the {@code par_} metrics.
 *
 * @param perTargetUnitKinds targets that measure a unit of these kinds get series of their own; the others
 *     (communes, at national scale ten thousand of them) are only counted in {@code par_targets}, and their units'
 *     unresolved alerts summed by kind in {@code par_alerts_open}
 * @param refreshInterval how often every replica re-reads the shared state (other replicas' runs, deliveries)
 */
@ConfigurationProperties("par.metrics")
public record MetricsProperties(Set<UnitKind> perTargetUnitKinds, Duration refreshInterval) {

	public MetricsProperties {
		perTargetUnitKinds = perTargetUnitKinds == null || perTargetUnitKinds.isEmpty()
				? Set.of(UnitKind.MINISTRY, UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.DEPARTMENT)
				: Set.copyOf(perTargetUnitKinds);
		refreshInterval = refreshInterval == null ? Duration.ofSeconds(60) : refreshInterval;
	}

}
