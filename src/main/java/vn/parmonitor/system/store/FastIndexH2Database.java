package vn.parmonitor.system.store;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database with its unique indexes keyed by {@link IndexKeyType}.
 *
 * <p>H2 keeps one open map per name: an index's map opened here with the fast key type first is the one the stock
 * code then gets when it opens the map by name. The stock constructor opens the indexes already in the file before
 * this class's fields exist, so those are opened beforehand from the file's map names; indexes created later are
 * opened in {@link #openOrCreateUniqueIndex}.
 */
final class FastIndexH2Database extends H2Database {

	/** How mongo-java-server names an index's map: {@code <database>.<collection>._index_<index>}. */
	private static final String INDEX_MAP = "._index_";

	private final MVStore store;

	FastIndexH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
		super(databaseName, withFastIndexes(store, databaseName), cursors);
		this.store = store;
	}

	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		if (store != null) {
			openFast(store, getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName);
		}
		return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
	}

	private static MVStore withFastIndexes(MVStore store, String databaseName) {
		store.getMapNames()
			.stream()
			.filter(name -> name.startsWith(databaseName + ".") && name.contains(INDEX_MAP))
			.forEach(name -> openFast(store, name));
		return store;
	}

	private static void openFast(MVStore store, String mapName) {
		store.openMap(mapName, new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()));
	}

}
