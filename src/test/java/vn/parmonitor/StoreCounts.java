package vn.parmonitor;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.mongodb.core.MongoTemplate;

/** How many documents each collection holds: compared before and after, it shows whether anything was stored. */
public final class StoreCounts {

	private StoreCounts() {
	}

	public static Map<String, Long> of(MongoTemplate mongo) {
		Map<String, Long> counts = new TreeMap<>();
		for (String collection : mongo.getCollectionNames()) {
			counts.put(collection, mongo.getCollection(collection).countDocuments());
		}
		return counts;
	}

}
