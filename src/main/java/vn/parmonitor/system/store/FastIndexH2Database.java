package vn.parmonitor.system.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database with its unique indexes keyed by {@link IndexKeyType} and serving queries that name
 * more fields than their keys ({@link NarrowingUniqueIndex}), its documents read by {@link DocumentValueType}, on the
 * maps and in the bytes the stock database uses.
 *
 * <p>mongo-java-server keeps no secondary (non-unique) index: it answers those queries by a scan. But it takes the
 * index it returns for one, which holds nothing, for a new index to fill, and reads every document of the collection
 * twice to fill it, for each secondary index at every start: minutes on a national store (295,700 observations)
 * before the server listens. {@link #openOrCreateSecondaryIndex} returns one that says it is filled.
 */
final class FastIndexH2Database extends H2Database {

	/** How mongo-java-server names an index's map: {@code <database>.<collection>._index_<index>}. */
	private static final String INDEX_MAP = "._index_";

	/** The store of the database being constructed: the stock constructor opens its indexes before our fields exist. */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	private final MVStore store;

	FastIndexH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
		super(databaseName, opening(store), cursors);
		OPENING.remove();
		this.store = store;
	}

	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		MVStore opened = store != null ? store : OPENING.get();
		MVMap<KeyValue, Object> map = opened.openMap(getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName,
				new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
		return new NarrowingUniqueIndex(map, indexName, keys, sparse);
	}

	/** The stock collection, on its map opened first with {@link DocumentValueType} (the stock code then gets it). */
	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		MVStore opened = store != null ? store : OPENING.get();
		opened.openMap("databases." + getFullCollectionNamespace(collectionName),
				new MVMap.Builder<Object, Object>().valueType(new DocumentValueType()));
		return super.openOrCreateCollection(collectionName, options);
	}

	/** A secondary index, kept by nobody (as the stock one), that says it is filled so that nothing scans to fill it. */
	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		return new EmptyIndex<>(indexName, keys) {
			@Override
			public boolean isEmpty() {
				return false;
			}
		};
	}

	private static MVStore opening(MVStore store) {
		OPENING.set(store);
		return store;
	}

}
