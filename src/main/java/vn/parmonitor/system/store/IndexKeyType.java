package vn.parmonitor.system.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded store's unique indexes (every collection's {@code _id} and each unique index): H2's
 * own {@link ObjectDataType}, the same bytes on disk and the same order, without its cost.
 *
 * <p>mongo-java-server keys an index by {@link KeyValue}, which is {@code Serializable} but not {@code Comparable},
 * so H2 orders two keys by serialising both with Java serialisation and comparing the bytes, at every step of every
 * B-tree search: about 0.7 ms for one look-up by {@code _id} in a collection of 100,000 documents, which made every
 * read by id, every insert (its uniqueness check) and every update of the store slow at national scale. This type
 * compares the very same bytes, so files written before or after it stay readable by either, but serialises each
 * key once: the key searched for once per search (it is the left-hand side of every comparison of a search), each
 * key stored in the tree once while it stays among {@value #REMEMBERED} recently compared ones.
 */
final class IndexKeyType extends ObjectDataType {

	/** About 300 bytes each with the key: some 30 MB at most. */
	static final int REMEMBERED = 100_000;

	private static final Map<Identity, byte[]> STORED_FORMS = new ConcurrentHashMap<>();

	private static final ThreadLocal<Form> SEARCHED = new ThreadLocal<>();

	@Override
	public int compare(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a instanceof KeyValue && b instanceof KeyValue) {
			return compareNotNull(searchedForm(a), storedForm(b));
		}
		return super.compare(a, b);
	}

	/** The serialised key of this thread's search, kept while the search compares it with the tree's keys. */
	private static byte[] searchedForm(Object key) {
		Form last = SEARCHED.get();
		if (last != null && last.key == key) {
			return last.bytes;
		}
		Form form = new Form(key, serialize(key));
		SEARCHED.set(form);
		return form.bytes;
	}

	/**
	 * The serialised key, remembered by identity (two equal keys may serialise differently, and the order is H2's
	 * order of the bytes); forgotten all at once when too many are remembered, as a bound on the memory it takes.
	 */
	private static byte[] storedForm(Object key) {
		Identity identity = new Identity(key);
		byte[] bytes = STORED_FORMS.get(identity);
		if (bytes == null) {
			bytes = serialize(key);
			if (STORED_FORMS.size() >= REMEMBERED) {
				STORED_FORMS.clear();
			}
			STORED_FORMS.put(identity, bytes);
		}
		return bytes;
	}

	private record Form(Object key, byte[] bytes) {
	}

	/** A key compared by identity. */
	private record Identity(Object key) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Identity identity && identity.key == key;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(key);
		}

	}

}
