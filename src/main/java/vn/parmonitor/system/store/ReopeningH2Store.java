package vn.parmonitor.system.store;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store as the wire server sees it: a {@link DurableH2Backend} that is opened again when H2 has
 * closed it.
 *
 * <p>H2 closes its store for good on a failed write (a full disk, an I/O error): from then on every read and write
 * answers "This store is closed", even after the disk has room again. Here the next request after such a close
 * opens the file again (H2 recovers it to its last commit, which holds every acknowledged write); while it cannot
 * be opened, requests are answered with an error that says so, and the health probe reports DOWN.
 */
final class ReopeningH2Store implements MongoBackend {

	private static final Logger log = LoggerFactory.getLogger(ReopeningH2Store.class);

	/** MongoDB's code for a server that cannot serve now. */
	private static final int HOST_UNREACHABLE = 6;

	/** Commands about the connection, not the data; compared in lower case. */
	private static final Set<String> CONNECTION_COMMANDS = Set.of("hello", "ismaster", "ping", "buildinfo",
			"getlasterror", "endsessions", "saslstart", "saslcontinue", "getparameter", "getcmdlineopts");

	private final Supplier<DurableH2Backend> opener;

	private volatile DurableH2Backend current;

	private volatile MongoVersion version;

	/** @param opener opens the store's file (the same file every time) as a backend */
	ReopeningH2Store(Supplier<DurableH2Backend> opener) {
		this.opener = opener;
		this.current = opener.get();
	}

	/** Whether the file was opened read-only (it could not be written): reads work, writes are refused. */
	boolean readOnly() {
		return current.getMvStore().isReadOnly();
	}

	/** The open backend, opening the file again if H2 closed it. */
	private DurableH2Backend backend() {
		DurableH2Backend backend = current;
		if (!backend.getMvStore().isClosed()) {
			return backend;
		}
		synchronized (this) {
			if (current.getMvStore().isClosed()) {
				current = reopen(current);
			}
			return current;
		}
	}

	private DurableH2Backend reopen(DurableH2Backend closed) {
		try {
			closed.close();
		}
		catch (RuntimeException alreadyGone) {
			// H2 closed the store itself; the backend's cursors go with it.
		}
		try {
			DurableH2Backend reopened = opener.get();
			if (version != null) {
				reopened.version(version);
			}
			log.warn("The embedded store had been closed by H2 after a failed write; it is open again");
			return reopened;
		}
		catch (RuntimeException ex) {
			log.error("The embedded store is closed and cannot be opened again: {}", ex.toString());
			throw new MongoServerError(HOST_UNREACHABLE, "HostUnreachable", "the embedded store is closed after a "
					+ "failed write and cannot be opened again yet (is the disk full?); retry once the disk has room");
		}
	}

	@Override
	public void handleClose(Channel channel) {
		DurableH2Backend backend = current;
		if (!backend.getMvStore().isClosed()) {
			backend.handleClose(channel);
		}
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		return backendFor(command).handleCommand(channel, database, command, query);
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		return backend().handleQuery(query);
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		Document command = message.getDocument();
		return backendFor(command.isEmpty() ? "" : command.keySet().iterator().next()).handleMessage(message);
	}

	/**
	 * The backend for a command: the connection's own commands (the handshake, ping) are answered without the
	 * store, so that a client can still connect and be told what is wrong; every other one needs the store open.
	 */
	private DurableH2Backend backendFor(String command) {
		return CONNECTION_COMMANDS.contains(command.toLowerCase(Locale.ROOT)) ? current : backend();
	}

	@Override
	public void dropDatabase(String database) {
		backend().dropDatabase(database);
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		return backend().getCurrentOperations(query);
	}

	@Override
	public Document getServerStatus() {
		return backend().getServerStatus();
	}

	@Override
	public void close() {
		if (!current.getMvStore().isClosed()) {
			current.close();
		}
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		backend().closeCursors(cursorIds);
	}

	@Override
	public Clock getClock() {
		return current.getClock();
	}

	@Override
	public void enableOplog() {
		backend().enableOplog();
	}

	@Override
	public void disableOplog() {
		backend().disableOplog();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return backend().resolveDatabase(database);
	}

	@Override
	public MongoBackend version(MongoVersion version) {
		this.version = version;
		backend().version(version);
		return this;
	}

}
