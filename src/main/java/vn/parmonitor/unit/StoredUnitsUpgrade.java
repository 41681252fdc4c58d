package vn.parmonitor.unit;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Brings units stored by earlier versions up to date before anything reads them: a single {@code successorCode}
 * becomes the list {@code successorCodes} of a merger (issue 10 added splits). Units with no {@code code} need
 * nothing: {@link Unit} reads their key as their code. Idempotent, and a no-op on a store already upgraded.
 */
@Component
class StoredUnitsUpgrade implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StoredUnitsUpgrade.class);

	private final MongoTemplate mongo;

	StoredUnitsUpgrade(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		upgrade();
	}

	/** The number of units upgraded. */
	int upgrade() {
		List<Document> old = mongo.find(Query.query(Criteria.where("successorCode").exists(true)), Document.class,
				"units");
		for (Document unit : old) {
			Object successor = unit.get("successorCode");
			Update update = new Update().unset("successorCode");
			if (successor != null) {
				update.set("successorCodes", List.of(successor)).set("successionKind", SuccessionKind.MERGED_INTO.name());
			}
			mongo.updateFirst(Query.query(Criteria.where("_id").is(unit.get("_id"))), update, "units");
		}
		if (!old.isEmpty()) {
			log.info("Upgraded {} stored units to successor lists", old.size());
		}
		return old.size();
	}

}
