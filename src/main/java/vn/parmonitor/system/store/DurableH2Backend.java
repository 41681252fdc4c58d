package vn.parmonitor.system.store;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * mongo-java-server's H2 backend made to answer a write only once it is in the file.
 *
 * <p>The stock backend changes its in-memory maps and lets H2's background thread write them to the file about a
 * second later, so a write that was answered could vanish with the process (a kill, an out-of-memory death). Here
 * every write command waits for a commit of the store before its answer leaves ({@link GroupCommit}: writes close
 * in time share one): the data is in the operating system's hands, which survives any death of the process. With
 * {@code syncToDisk} it is also forced to the disk (fsync), which survives a power cut, at the price of a disk flush
 * per commit.
 *
 * <p>A store opened read-only (H2 does so, silently, when the file cannot be written, e.g. when it is opened again
 * after a failure on a file system the kernel has remounted read-only) refuses writes up front instead of taking them
 * in memory and losing them at the next restart; health reports DOWN. (At start-up a read-only file stops PAR
 * Monitor from starting, see {@link EmbeddedMongoConfiguration}.)
 */
final class DurableH2Backend extends H2Backend {

	/** The commands that change data or its structure; compared in lower case. */
	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
			"dropindexes", "deleteindexes", "drop", "dropdatabase", "renamecollection", "create");

	/** MongoDB's codes for "this operation is not allowed here" and "the disk is full or failed". */
	private static final int ILLEGAL_OPERATION = 20;

	private static final int WRITE_FAILED = 14031;

	private final GroupCommit commits;

	DurableH2Backend(MVStore store, boolean syncToDisk, Duration commitInterval) {
		super(store);
		this.commits = new GroupCommit(store, syncToDisk, commitInterval);
	}

	/** The stock database with fast unique indexes ({@link IndexKeyType}). */
	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new FastIndexH2Database(databaseName, getMvStore(), getCursorRegistry());
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		String name = command.toLowerCase(Locale.ROOT);
		boolean write = WRITES.contains(name);
		if (write && getMvStore().isReadOnly()) {
			throw new MongoServerError(ILLEGAL_OPERATION, "IllegalOperation", "the embedded store's file is read-only: "
					+ "PAR Monitor reads it but cannot write to it; make the file writable and restart");
		}
		Document answer = super.handleCommand(channel, databaseName, command, query);
		if (write) {
			makeDurable();
		}
		return answer;
	}

	/** Waits for a commit that covers the write (H2 writes it to the file) and, if configured, for the disk. */
	private void makeDurable() {
		try {
			commits.awaitDurable();
		}
		catch (MVStoreException | IllegalStateException ex) {
			throw new MongoServerError(WRITE_FAILED, "OutOfDiskSpace", "the embedded store could not write its file ("
					+ reason(ex) + "); the write was not kept");
		}
	}

	/** {@code text} with every file path in it replaced by {@code <path>}: the store's messages reach clients. */
	static String withoutPaths(String text) {
		return text.replaceAll("(/|[A-Za-z]:\\\\)[^\\s\"',]*", "<path>");
	}

	/** H2's reason without the file's path: the message goes to clients. */
	private static String reason(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int bracket = message.indexOf(" [");
		return withoutPaths(bracket > 0 ? message.substring(0, bracket) : message);
	}

}
