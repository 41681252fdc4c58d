package vn.parmonitor.system.graphql.limits;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** {@code par_graphql_refusals_total{reason}}: every refused or cut-short request, by reason (all registered at 0). */
@Component
public class RefusalMetrics {

	private final Map<RefusalReason, Counter> counters = new EnumMap<>(RefusalReason.class);

	RefusalMetrics(MeterRegistry registry) {
		for (RefusalReason reason : RefusalReason.values()) {
			counters.put(reason, Counter.builder("par.graphql.refusals")
				.description("GraphQL requests refused or cut short, by reason")
				.tag("reason", reason.label())
				.register(registry));
		}
	}

	public void refused(RefusalReason reason) {
		counters.get(reason).increment();
	}

}
