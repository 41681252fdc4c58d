package vn.parmonitor.system.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Settles the entries a dead writer left {@link AuditState#PENDING} ({@link AuditTrail}): the change landed when
 * the changed document carries the entry's id as its {@code lastChangeId}, or when a later change of the same
 * document was made on top of it (its {@code previousChangeId}); otherwise it never landed. Safe on several replicas
 * at once: an entry is settled only while still pending.
 */
@Component
public class AuditRepair {

	private static final Logger log = LoggerFactory.getLogger(AuditRepair.class);

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final AuditTrail trail;

	private final AuditProperties properties;

	private final Clock clock;

	private final Counter committed;

	private final Counter notApplied;

	AuditRepair(MongoTemplate mongo, AuditTrail trail, AuditProperties properties, Optional<Clock> clock,
			MeterRegistry registry) {
		this.mongo = mongo;
		this.trail = trail;
		this.properties = properties;
		this.clock = clock.orElse(Clock.systemUTC());
		this.committed = repairs(registry, "committed");
		this.notApplied = repairs(registry, "not_applied");
	}

	private static Counter repairs(MeterRegistry registry, String outcome) {
		return Counter.builder("par_audit_repairs")
			.description("Audit entries left pending by a writer that died, settled by the repair, by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

	/** Settles every pending entry older than {@code par.audit.repair-after}; returns how many it settled. */
	public int repair() {
		Instant before = Instant.now(clock).minus(properties.repairAfter());
		int settled = 0;
		while (true) {
			List<AuditEntry> pending = mongo.find(Query
				.query(Criteria.where("state").is(AuditState.PENDING).and("at").lt(before))
				.limit(BATCH), AuditEntry.class);
			for (AuditEntry entry : pending) {
				boolean landed = trail.landed(entry);
				if (trail.settle(entry.id(), landed ? AuditState.COMMITTED : AuditState.NOT_APPLIED)) {
					settled++;
					(landed ? committed : notApplied).increment();
					log.warn("Audit entry {} ({} of {} {}) was left pending by a writer that stopped; its change {}",
							entry.id(), entry.action(), entry.entityType(), entry.entityId(),
							landed ? "is stored: committed" : "was never stored: marked not applied");
				}
			}
			if (pending.size() < BATCH) {
				return settled;
			}
		}
	}

}
