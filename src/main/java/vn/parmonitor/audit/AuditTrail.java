package vn.parmonitor.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Writes every change with its audit entry, so that no change is stored without one. MongoDB (and the embedded
 * store) cannot write two documents atomically without transactions, so the entry is written first, as
 * {@link AuditState#PENDING}; the change is stored with the entry's id stamped on the changed document
 * ({@code lastChangeId}); then the entry is marked {@link AuditState#COMMITTED}. A process that dies between the
 * steps leaves a pending entry, which {@link AuditRepair} settles from the stamp: the change either landed (the
 * document, or a later change of it, carries the id) or it did not.
 */
@Service
public class AuditTrail {

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditTrail(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Stores a change with its entry, as {@link Actor#current()}.
	 * @param store stores the change, stamping the given change id on the changed document; what it returns is
	 *     returned. When it throws, the entry is marked {@link AuditState#NOT_APPLIED} and the exception passes on.
	 */
	public <T> T write(AuditDraft draft, Function<String, T> store) {
		return write(draft, Actor.current(), store);
	}

	/** Stores a change with its entry, made by {@code actor}. */
	public <T> T write(AuditDraft draft, Actor actor, Function<String, T> store) {
		String id = new ObjectId().toHexString();
		mongo.insert(new AuditEntry(id, Instant.now(clock), actor, draft.action(), draft.entityType(), draft.entityId(),
				draft.unitCode(), draft.year(), draft.methodologyCode(), draft.changes(), draft.reason(),
				draft.previousChangeId(), AuditState.PENDING));
		T stored;
		try {
			stored = store.apply(id);
		}
		catch (RuntimeException ex) {
			settle(id, AuditState.NOT_APPLIED);
			throw ex;
		}
		settle(id, AuditState.COMMITTED);
		return stored;
	}

	/** Moves a pending entry to its final state; an entry already settled (by a repair) is left as it is. */
	boolean settle(String id, AuditState state) {
		return mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(AuditState.PENDING)),
					Update.update("state", state), AuditEntry.class)
			.getModifiedCount() == 1;
	}

}
