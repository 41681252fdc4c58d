package vn.parmonitor.system.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Leases in MongoDB, so that replicas sharing one store do not do the same work at once. Acquiring is one atomic
 * find-and-modify with upsert: it matches the lease only when it is free (expired) or already ours; when another
 * replica holds it, the upsert collides with the existing key and the acquisition fails. An expired lease (its
 * holder died) is taken over.
 */
@Component
public class Leases {

	private final MongoTemplate mongo;

	private final Clock clock;

	Leases(MongoTemplate mongo, Optional<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Takes or renews the lease for {@code duration}; false when another owner holds it. */
	public boolean tryAcquire(String name, String owner, Duration duration) {
		Instant now = Instant.now(clock);
		Query free = Query.query(Criteria.where("_id")
			.is(name)
			.orOperator(Criteria.where("expiresAt").lte(now), Criteria.where("owner").is(owner)));
		Update take = new Update().set("owner", owner).set("acquiredAt", now).set("expiresAt", now.plus(duration));
		try {
			Lease lease = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
					Lease.class);
			return lease != null && owner.equals(lease.owner());
		}
		catch (DuplicateKeyException held) {
			return false;
		}
	}

	/** Gives the lease up if we hold it, so that the next run need not wait for it to expire. */
	public void release(String name, String owner) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)),
				Update.update("expiresAt", Instant.now(clock)), Lease.class);
	}

}
