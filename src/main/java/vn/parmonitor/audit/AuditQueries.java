package vn.parmonitor.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.AuditEntry;
import vn.parmonitor.system.audit.AuditState;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.Pages;

/** Reads the audit log: only committed entries (a change that never landed is not history), newest first. */
@Service
public class AuditQueries {

	private final MongoTemplate mongo;

	AuditQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @param units when not null, only entries of these units (a unit officer's scope)
	 */
	public PagedConnection<AuditEntry> page(AuditFilter filter, Collection<String> units, PageRequest page) {
		Criteria criteria = Criteria.where("state").is(AuditState.COMMITTED);
		if (filter.unitCode() != null) {
			criteria.and("unitCode").is(filter.unitCode());
		}
		else if (units != null) {
			criteria.and("unitCode").in(units);
		}
		if (filter.year() != null) {
			criteria.and("year").is(filter.year());
		}
		if (filter.entityType() != null) {
			criteria.and("entityType").is(filter.entityType());
		}
		if (filter.entityId() != null) {
			criteria.and("entityId").is(filter.entityId());
		}
		if (filter.person() != null) {
			criteria.and("actor.name").is(filter.person());
		}
		if (filter.action() != null) {
			criteria.and("action").is(filter.action());
		}
		if (filter.from() != null || filter.to() != null) {
			Criteria at = criteria.and("at");
			if (filter.from() != null) {
				at.gte(filter.from());
			}
			if (filter.to() != null) {
				at.lt(filter.to());
			}
		}
		return Pages.find(mongo, Query.query(criteria), Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")), page,
				AuditEntry.class);
	}

	/** Every committed entry of these entities, oldest first: the history of their values. */
	public List<AuditEntry> ofEntities(AuditedEntity type, Collection<String> entityIds) {
		Query query = Query.query(Criteria.where("state").is(AuditState.COMMITTED)
			.and("entityType").is(type)
			.and("entityId").in(entityIds)).with(Sort.by("at", "_id"));
		return mongo.find(query, AuditEntry.class);
	}

}
