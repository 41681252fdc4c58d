package vn.parmonitor.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import vn.parmonitor.alerting.Channel;
import vn.parmonitor.unit.UnitKind;

/** Unresolved alerts by unit and severity, and the delivery backlog. */
class OperationsGauges {

	private final MultiGauge openAlerts;

	private final MultiGauge pending;

	private final AtomicLong oldestPendingSeconds = new AtomicLong();

	OperationsGauges(MeterRegistry registry) {
		openAlerts = MultiGauge.builder("par.alerts.open")
			.description("Unresolved lag alerts (open or acknowledged) by measured unit, responsible unit and severity; "
					+ "those of units without series of their own (communes) summed by unit kind, with empty unit and owner")
			.register(registry);
		pending = MultiGauge.builder("par.notifications.pending")
			.description("Notifications queued and not yet delivered, by channel")
			.register(registry);
		Gauge.builder("par.notifications.oldest.pending.age", oldestPendingSeconds, AtomicLong::get)
			.baseUnit("seconds")
			.description("How long the oldest undelivered notification has waited (0 when none waits)")
			.register(registry);
	}

	/**
	 * @param open unresolved alerts by measured unit, responsible unit and severity
	 * @param kinds the kind of each measured unit
	 * @param perUnitKinds the kinds whose units get series of their own; the others' alerts (at national scale
	 *     15,100 series for the communes' alone) are summed by kind and severity
	 */
	void update(Map<List<String>, Integer> open, Map<String, UnitKind> kinds, Set<UnitKind> perUnitKinds,
			Map<Channel, Long> backlog, Duration oldest) {
		List<MultiGauge.Row<?>> alertRows = new ArrayList<>();
		Map<List<String>, Integer> summed = new HashMap<>();
		open.forEach((key, count) -> {
			UnitKind kind = kinds.get(key.get(0));
			String severity = key.get(2).toLowerCase(Locale.ROOT);
			if (kind == null || perUnitKinds.contains(kind)) {
				alertRows.add(MultiGauge.Row.of(Tags.of("unit", key.get(0), "owner_agency", key.get(1), "severity",
						severity, "unit_kind", kind == null ? "" : kind.name()), count));
			}
			else {
				summed.merge(List.of(kind.name(), severity), count, Integer::sum);
			}
		});
		summed.forEach((key, count) -> alertRows.add(MultiGauge.Row.of(Tags.of("unit", "", "owner_agency", "",
				"severity", key.get(1), "unit_kind", key.get(0)), count)));
		openAlerts.register(alertRows, true);
		List<MultiGauge.Row<?>> pendingRows = new ArrayList<>();
		backlog.forEach((channel, count) -> pendingRows.add(MultiGauge.Row.of(Tags.of("channel",
				channel.name().toLowerCase()), count)));
		pending.register(pendingRows, true);
		oldestPendingSeconds.set(oldest.toSeconds());
	}

}
