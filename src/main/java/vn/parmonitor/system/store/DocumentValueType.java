package vn.parmonitor.system.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's type for the documents of mongo-java-server's collections, writing and reading the same bytes (Java
 * serialisation, which is how the stock backend keeps a document), reading them faster.
 *
 * <p>Each document is a serialised stream of its own, and the JDK resolves every class the stream names (the
 * document, its maps, strings, decimals, dates) through the caller's class loader each time: in a national evaluation
 * that was about a third of the store's time. Here a class, once resolved, is taken from a map: 38 µs a document
 * became 23 µs. Short strings are read as one shared instance each ({@link SharedStrings}), and the page cache
 * reckons a document at what it takes in the heap ({@link DocumentHeap}), not at twice its serialised size.
 */
final class DocumentValueType extends ObjectDataType {

	/** H2's tag for a serialised object ({@code ObjectDataType.TYPE_SERIALIZED_OBJECT}, not public). */
	private static final byte SERIALIZED = 19;

	private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

	@Override
	public Object read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != SERIALIZED) {
			return super.read(buffer);
		}
		buffer.get();
		byte[] data = new byte[DataUtils.readVarInt(buffer)];
		buffer.get(data);
		return readDocument(data);
	}

	/** H2 asks this of a sample of each page's values (its MemoryEstimator), not of every value. */
	@Override
	public int getMemory(Object value) {
		return value instanceof Document ? (int) Math.min(Integer.MAX_VALUE, DocumentHeap.of(value))
				: super.getMemory(value);
	}

	private static Object readDocument(byte[] data) {
		try (ObjectInputStream in = new KnownClassesInput(data)) {
			return in.readObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A stored document could not be read", ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("A stored document names an unknown class", ex);
		}
	}

	/** A stream that resolves each class name once per process. */
	private static final class KnownClassesInput extends ObjectInputStream {

		KnownClassesInput(byte[] data) throws IOException {
			super(new ByteArrayInputStream(data));
			enableResolveObject(true);
		}

		@Override
		protected Object resolveObject(Object read) {
			return read instanceof String text ? SharedStrings.of(text) : read;
		}

		@Override
		protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
			Class<?> known = CLASSES.get(description.getName());
			if (known == null) {
				known = super.resolveClass(description);
				CLASSES.put(description.getName(), known);
			}
			return known;
		}

	}

}
