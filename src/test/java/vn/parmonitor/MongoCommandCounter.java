package vn.parmonitor;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.RequestContext;
import com.mongodb.client.SynchronousContextProvider;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

/**
 * Counts the MongoDB commands of one's own requests, through the driver's {@link CommandListener}: a test sends its
 * request with the header {@value #HEADER}; the server tags every command that request causes (the tag travels in
 * the driver's {@link RequestContext}, and across threads with the request's context), and only tagged commands are
 * counted. Background work of the server (the scheduler, the metrics refresh, the alert feed) is not.
 */
public class MongoCommandCounter implements CommandListener {

	/** The request header that names the tag of a request's commands. */
	public static final String HEADER = "X-Test-Command-Tag";

	static final ThreadLocal<String> TAG = new ThreadLocal<>();

	private static final String KEY = MongoCommandCounter.class.getName();

	private final List<Tagged> commands = new ArrayList<>();

	static {
		ContextRegistry.getInstance().registerThreadLocalAccessor(new ThreadLocalAccessor<String>() {
			@Override
			public Object key() {
				return KEY;
			}

			@Override
			public String getValue() {
				return TAG.get();
			}

			@Override
			public void setValue(String value) {
				TAG.set(value);
			}

			@Override
			public void setValue() {
				TAG.remove();
			}
		});
	}

	/** Hands the driver the tag of the calling thread's request with every operation. */
	SynchronousContextProvider contextProvider() {
		return () -> new TagContext(TAG.get());
	}

	@Override
	public synchronized void commandStarted(CommandStartedEvent event) {
		org.bson.BsonValue target = event.getCommand().get(event.getCommandName());
		String tag = event.getRequestContext() == null ? null : event.getRequestContext().getOrDefault(KEY, null);
		commands.add(new Tagged(tag,
				event.getCommandName() + (target != null && target.isString() ? " " + target.asString().getValue() : "")));
	}

	/** The commands of the requests sent with {@code tag}, in the order they started. */
	public synchronized List<String> commands(String tag) {
		return commands.stream().filter(command -> tag.equals(command.tag())).map(Tagged::command).toList();
	}

	/** The commands of the request(s) {@code request} sends through {@code tester}, tagged with a fresh tag. */
	public List<String> commandsOf(org.springframework.graphql.test.tester.HttpGraphQlTester tester,
			java.util.function.Consumer<org.springframework.graphql.test.tester.HttpGraphQlTester> request) {
		String tag = "commands-" + java.util.UUID.randomUUID();
		request.accept(tester.mutate().header(HEADER, tag).build());
		return commands(tag);
	}

	private record Tagged(String tag, String command) {
	}

	/** A driver request context holding one tag (or none). */
	private static final class TagContext implements RequestContext {

		private final String tag;

		TagContext(String tag) {
			this.tag = tag;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T get(Object key) {
			if (KEY.equals(key) && tag != null) {
				return (T) tag;
			}
			throw new java.util.NoSuchElementException(String.valueOf(key));
		}

		@Override
		public boolean hasKey(Object key) {
			return KEY.equals(key) && tag != null;
		}

		@Override
		public boolean isEmpty() {
			return tag == null;
		}

		@Override
		public void put(Object key, Object value) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void delete(Object key) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public int size() {
			return tag == null ? 0 : 1;
		}

		@Override
		public java.util.stream.Stream<java.util.Map.Entry<Object, Object>> stream() {
			return tag == null ? java.util.stream.Stream.empty()
					: java.util.stream.Stream.of(java.util.Map.entry(KEY, tag));
		}

	}

}
