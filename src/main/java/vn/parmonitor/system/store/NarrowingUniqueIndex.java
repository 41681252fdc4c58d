package vn.parmonitor.system.store;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 unique index (the same map, the same entries) that also serves a query naming more fields
 * than its own keys.
 *
 * <p>The stock index only takes a query whose fields are exactly its keys: {@code {_id: x, version: 3}}, the
 * version-checked update that every save of a versioned document sends, scanned the whole collection, and a bulk of
 * 5,000 alert refreshes in a national run took minutes. Here the index finds the candidates from the fields it has
 * (an equality or an {@code $in}, as the stock index), and the store checks the whole query against each, as it
 * does for every index.
 */
final class NarrowingUniqueIndex extends AbstractUniqueIndex<Object> {

	private final MVMap<KeyValue, Object> map;

	NarrowingUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.map = map;
	}

	@Override
	public synchronized boolean canHandle(Document query) {
		if (super.canHandle(query)) {
			return true;
		}
		Document own = ownPart(query);
		return own != null && super.canHandle(own);
	}

	@Override
	public synchronized Iterable<Object> getPositions(Document query) {
		Document own = query.keySet().equals(keySet()) ? query : ownPart(query);
		return super.getPositions(own);
	}

	/** The part of {@code query} on this index's keys, or null when it does not name them all. */
	private Document ownPart(Document query) {
		if (!query.keySet().containsAll(keySet())) {
			return null;
		}
		Document own = new Document();
		keys().forEach(key -> own.put(key, query.get(key)));
		return own;
	}

	// As mongo-java-server's H2UniqueIndex, over the same map:

	@Override
	protected Object removeDocument(KeyValue keyValue) {
		return map.remove(keyValue);
	}

	@Override
	protected boolean putKeyPosition(KeyValue keyValue, Object position) {
		return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
		return map.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue keyValue) {
		return map.get(keyValue);
	}

	@Override
	public long getCount() {
		return map.sizeAsLong();
	}

	@Override
	public boolean isEmpty() {
		return map.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

}
