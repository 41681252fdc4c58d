package vn.parmonitor.unit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;

/** Filtered, paged unit listings, ordered by code. */
@Component
class UnitQueries {

	private final MongoTemplate mongo;

	UnitQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	PagedConnection<Unit> find(UnitFilter filter, PageRequest page) {
		return Pages.find(mongo, new Query(criteria(filter)), Sort.by("_id"), page, Unit.class);
	}

	/** The codes of every unit the filter matches, ordered; one query reading codes only. */
	List<String> codes(UnitFilter filter) {
		Query query = new Query(criteria(filter)).with(Sort.by("_id"));
		query.fields().include("_id");
		return mongo.find(query, Unit.class).stream().map(Unit::key).toList();
	}

	/**
	 * The filter as one criteria document. The name is matched as anchored prefixes of the folded name words, which
	 * MongoDB answers from the multikey index on {@code searchTokens}; tokens hold only letters and digits, so they
	 * need no regex quoting (and quoting would stop MongoDB from using the index).
	 */
	static Criteria criteria(UnitFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (filter.kind() != null) {
			parts.add(Criteria.where("kind").is(filter.kind()));
		}
		if (filter.parentCode() != null) {
			parts.add(Criteria.where("parentCode").is(filter.parentCode()));
		}
		if (filter.withinCode() != null) {
			parts.add(Criteria.where("ancestorCodes").is(filter.withinCode()));
		}
		for (String token : SearchText.tokens(filter.name())) {
			parts.add(Criteria.where("searchTokens").regex("^" + token));
		}
		if (filter.activeOn() != null) {
			parts.add(new Criteria().orOperator(Criteria.where("validFrom").is(null),
					Criteria.where("validFrom").lte(filter.activeOn())));
			parts.add(new Criteria().orOperator(Criteria.where("validTo").is(null),
					Criteria.where("validTo").gte(filter.activeOn())));
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

}
