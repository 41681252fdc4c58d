package vn.parmonitor.system.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
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

	/** The field of every audited record that names the entry of its latest change. */
	public static final String STAMP = "lastChangeId";

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
		// The change is made on the record's latest change: the chain the repair follows when a later change has
		// replaced the stamp. A draft that does not name it gets it from the record.
		String previous = draft.previousChangeId() != null ? draft.previousChangeId()
				: stamps(draft.entityType(), List.of(draft.entityId())).get(draft.entityId());
		mongo.insert(new AuditEntry(id, Instant.now(clock), actor, draft.action(), draft.entityType(), draft.entityId(),
				draft.unitCode(), draft.year(), draft.methodologyCode(), draft.changes(), draft.reason(), previous,
				AuditState.PENDING));
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

	/**
	 * Stores changes of several records of one kind with one entry each, written and committed in bulk: a batch
	 * that dies half-way leaves each entry to be settled by whether its own record carries its stamp.
	 * @param store stores the changes, stamping on each record the change id given for its entity id
	 */
	public <T> T writeAll(List<AuditDraft> drafts, Actor actor, Function<Map<String, String>, T> store) {
		if (drafts.isEmpty()) {
			return store.apply(Map.of());
		}
		AuditedEntity type = drafts.get(0).entityType();
		Map<String, String> previous = stamps(type, drafts.stream().map(AuditDraft::entityId).toList());
		Instant now = Instant.now(clock);
		Map<String, String> changeIds = new LinkedHashMap<>();
		List<AuditEntry> entries = new ArrayList<>();
		for (AuditDraft draft : drafts) {
			if (draft.entityType() != type || changeIds.containsKey(draft.entityId())) {
				throw new IllegalArgumentException("one draft per record of one kind, got " + draft.entityType() + " "
						+ draft.entityId() + " twice or beside " + type);
			}
			String id = new ObjectId().toHexString();
			changeIds.put(draft.entityId(), id);
			entries.add(new AuditEntry(id, now, actor, draft.action(), type, draft.entityId(), draft.unitCode(),
					draft.year(), draft.methodologyCode(), draft.changes(), draft.reason(),
					draft.previousChangeId() != null ? draft.previousChangeId() : previous.get(draft.entityId()),
					AuditState.PENDING));
		}
		mongo.insertAll(entries);
		T stored;
		try {
			stored = store.apply(changeIds);
		}
		catch (RuntimeException ex) {
			// Part of the batch may have landed before the failure: each entry follows its own record.
			entries.forEach(entry -> settle(entry.id(), landed(entry) ? AuditState.COMMITTED : AuditState.NOT_APPLIED));
			throw ex;
		}
		// The records are stored, so COMMITTED is true of every entry whatever the repair may have settled meanwhile.
		// The query names _id alone: the embedded store uses an index only for a query on its keys alone, and a second
		// condition made it scan the whole log for every batch (quadratic over a 50,000-row import).
		mongo.updateMulti(Query.query(Criteria.where("_id").in(changeIds.values())),
				Update.update("state", AuditState.COMMITTED), AuditEntry.class);
		return stored;
	}

	/**
	 * The entry of one record's change, its values compared in their stored form; null when the record exists and
	 * nothing of it changes (then nothing needs writing either).
	 * @param before the record as stored, null when it is new
	 * @param created the action when it is new, e.g. {@code UNIT_CREATED}
	 * @param changed the action otherwise, e.g. {@code UNIT_CHANGED}
	 * @param ignored top-level fields that change with every write and say nothing
	 */
	public AuditDraft draft(AuditedEntity type, String entityId, Object before, Object after, String created,
			String changed, String unitCode, Integer year, Set<String> ignored) {
		List<FieldChange> changes = EntityChanges.between(before == null ? null : stored(before), stored(after), ignored);
		if (before != null && changes.isEmpty()) {
			return null;
		}
		return new AuditDraft(before == null ? created : changed, type, entityId, unitCode, year, null, changes, null,
				null);
	}

	/**
	 * One record of a batch to upsert with its entry.
	 *
	 * @param id the record's {@code _id}
	 * @param before the record as stored, null when it is new
	 * @param created the action when it is new, e.g. {@code TARGET_CREATED}
	 * @param changed the action otherwise, e.g. {@code TARGET_CHANGED}
	 */
	public record Upsert<T>(T record, String id, T before, String created, String changed, String unitCode,
			Integer year) {
	}

	/**
	 * Upserts the records of a batch that change, in one ordered bulk write with one entry each, as the caller of the
	 * request; records sent again unchanged are neither written nor audited.
	 * @param ignored top-level fields that change with every write and say nothing (e.g. {@code updatedAt})
	 * @return how many records changed (were written)
	 */
	public <T> int upsertAll(Class<T> type, AuditedEntity entity, List<Upsert<T>> upserts, Set<String> ignored) {
		List<AuditDraft> drafts = new ArrayList<>();
		List<Upsert<T>> changed = new ArrayList<>();
		for (Upsert<T> upsert : upserts) {
			AuditDraft draft = draft(entity, upsert.id(), upsert.before(), upsert.record(), upsert.created(),
					upsert.changed(), upsert.unitCode(), upsert.year(), ignored);
			if (draft != null) {
				drafts.add(draft);
				changed.add(upsert);
			}
		}
		if (changed.isEmpty()) {
			return 0;
		}
		writeAll(drafts, Actor.current(), changeIds -> {
			BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type);
			changed.forEach(upsert -> bulk.replaceOne(Query.query(Criteria.where("_id").is(upsert.id())),
					stamped(upsert.record(), changeIds.get(upsert.id())), FindAndReplaceOptions.options().upsert()));
			return bulk.execute();
		});
		return changed.size();
	}

	/** The stored form of a record with the id of its change stamped on it, to be written as it is. */
	public Document stamped(Object entity, String changeId) {
		Document document = stored(entity);
		document.put(STAMP, changeId);
		return document;
	}

	/** The stored form of a record, to compare with another ({@link EntityChanges}). */
	public Document stored(Object entity) {
		Document document = new Document();
		mongo.getConverter().write(entity, document);
		return document;
	}

	/** The stamps the records carry now, by id: the change each next change is made on. */
	private Map<String, String> stamps(AuditedEntity type, List<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include(type.stamp());
		Map<String, String> stamps = new HashMap<>();
		for (Document document : mongo.find(query, Document.class, type.collection())) {
			Object stamp = document.getEmbedded(List.of(type.stamp().split("\\.")), Object.class);
			if (stamp != null) {
				stamps.put(String.valueOf(document.get("_id")), String.valueOf(stamp));
			}
		}
		return stamps;
	}

	/**
	 * Whether a pending entry's change is stored: its record carries its id, or a later committed change of the
	 * record was made on top of it.
	 */
	boolean landed(AuditEntry entry) {
		Query stamped = Query.query(Criteria.where("_id").is(entry.entityId()).and(entry.entityType().stamp())
			.is(entry.id()));
		if (mongo.exists(stamped, Document.class, entry.entityType().collection())) {
			return true;
		}
		return mongo.exists(Query.query(Criteria.where("entityId").is(entry.entityId())
			.and("previousChangeId").is(entry.id())
			.and("state").is(AuditState.COMMITTED)), AuditEntry.class);
	}

	/** Moves a pending entry to its final state; an entry already settled (by a repair) is left as it is. */
	boolean settle(String id, AuditState state) {
		return mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(AuditState.PENDING)),
					Update.update("state", state), AuditEntry.class)
			.getModifiedCount() == 1;
	}

}
