package vn.parmonitor.system.store;

import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;

/**
 * What a stored document takes in the heap once read (64-bit JVM, compressed references), for H2's page cache,
 * which is bounded by its estimate of its values' memory. H2's own estimate for a serialised object, twice its
 * serialised size, fell short by about a quarter for an observation (2,184 bytes once read, 814 serialised), more
 * for documents of many short fields. A document is a LinkedHashMap: an entry, a key and a value per field, the value
 * a string (shared ones not counted, {@link SharedStrings}), a number, a date or a nested document or list.
 */
final class DocumentHeap {

	private static final int ENTRY = 40;

	private DocumentHeap() {
	}

	/** The estimated bytes of {@code value} and everything it holds that no other value shares. */
	static long of(Object value) {
		if (value == null || value instanceof Boolean) {
			return 0;
		}
		if (value instanceof String text) {
			return SharedStrings.isShared(text) ? 0 : string(text);
		}
		if (value instanceof Document document) {
			return 16 + map(document.entrySet().size()) + entries(document.entrySet());
		}
		if (value instanceof Map<?, ?> map) {
			return map(map.size()) + entries(map.entrySet());
		}
		if (value instanceof Collection<?> list) {
			long size = 24 + array(Math.max(10, list.size()));
			for (Object item : list) {
				size += of(item);
			}
			return size;
		}
		if (value instanceof byte[] bytes) {
			return align(16 + bytes.length);
		}
		if (value instanceof Integer) {
			return 16;
		}
		// Decimal128 and ObjectId (two longs or twelve bytes), Instant, Date, Long, Double: 24 to 48 bytes.
		return value instanceof de.bwaldvogel.mongo.bson.ObjectId ? 48 : 32;
	}

	private static long entries(Iterable<? extends Map.Entry<?, ?>> entries) {
		long size = 0;
		for (Map.Entry<?, ?> entry : entries) {
			size += ENTRY + of(entry.getKey()) + of(entry.getValue());
		}
		return size;
	}

	/** A LinkedHashMap of {@code size} entries: the map and its table (a power of two at most three quarters full). */
	private static long map(int size) {
		int table = Integer.highestOneBit(Math.max(1, (int) Math.ceil(size / 0.75)) * 2 - 1);
		return 56 + array(Math.max(16, table));
	}

	private static long array(int references) {
		return align(16 + 4L * references);
	}

	/** A string and its bytes: one byte a character when all are Latin-1, two otherwise (Vietnamese names). */
	private static long string(String text) {
		boolean latin1 = true;
		for (int i = 0; i < text.length() && latin1; i++) {
			latin1 = text.charAt(i) < 256;
		}
		return 24 + align(16 + (long) text.length() * (latin1 ? 1 : 2));
	}

	private static long align(long bytes) {
		return (bytes + 7) & ~7L;
	}

}
