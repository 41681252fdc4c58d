package vn.parmonitor.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import vn.parmonitor.alerting.Channel;

/** Unresolved alerts by unit and severity, and the delivery backlog. */
class OperationsGauges {

	private final MultiGauge openAlerts;

	private final MultiGauge pending;

	private final AtomicLong oldestPendingSeconds = new AtomicLong();

	OperationsGauges(MeterRegistry registry) {
		openAlerts = MultiGauge.builder("par.alerts.open")
			.description("Unresolved lag alerts (open or acknowledged) by measured unit, responsible unit and severity")
			.register(registry);
		pending = MultiGauge.builder("par.notifications.pending")
			.description("Notifications queued and not yet delivered, by channel")
			.register(registry);
		Gauge.builder("par.notifications.oldest.pending.age", oldestPendingSeconds, AtomicLong::get)
			.baseUnit("seconds")
			.description("How long the oldest undelivered notification has waited (0 when none waits)")
			.register(registry);
	}

	void update(Map<List<String>, Integer> open, Map<Channel, Long> backlog, Duration oldest) {
		List<MultiGauge.Row<?>> alertRows = new ArrayList<>();
		open.forEach((key, count) -> alertRows.add(MultiGauge.Row.of(Tags.of("unit", key.get(0), "owner_agency",
				key.get(1), "severity", key.get(2).toLowerCase()), count)));
		openAlerts.register(alertRows, true);
		List<MultiGauge.Row<?>> pendingRows = new ArrayList<>();
		backlog.forEach((channel, count) -> pendingRows.add(MultiGauge.Row.of(Tags.of("channel",
				channel.name().toLowerCase()), count)));
		pending.register(pendingRows, true);
		oldestPendingSeconds.set(oldest.toSeconds());
	}

}
