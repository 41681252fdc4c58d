package vn.parmonitor.system.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.h2.mvstore.MVStore;

/**
 * Makes answered writes durable with few commits: each write waits until a commit that started after it has ended,
 * and commits start at most once per {@code interval}.
 *
 * <p>An H2 commit writes a new chunk of the store's file (the changed pages, copy-on-write), and H2 keeps replaced
 * chunks for its retention time (45 s) before it reuses their space. One commit per write made the file grow by
 * about a gigabyte a minute under a steady stream of small writes (measured: 1.2 GB after a minute of single
 * upserts from one client). Here the first write after a quiet spell commits
 * at once; writes that arrive while a commit is under way or within the interval after it share the next commit.
 * So the file's transient growth is bounded by the interval, not by the write rate, and a client that writes one
 * document after another sees at most one interval of extra latency per write.
 */
final class GroupCommit {

	private final MVStore store;

	private final boolean syncToDisk;

	private final long intervalNanos;

	/** Tickets of writes whose changes are in the store's memory. */
	private final AtomicLong applied = new AtomicLong();

	/** The highest ticket a finished commit covers; guarded by {@code this}. */
	private long committed;

	private long lastCommitAt = System.nanoTime() - Long.MAX_VALUE / 2;

	GroupCommit(MVStore store, boolean syncToDisk, Duration interval) {
		this.store = store;
		this.syncToDisk = syncToDisk;
		this.intervalNanos = interval.toNanos();
	}

	/** Returns once the write just applied by the caller is in the file (and on the disk with syncToDisk). */
	void awaitDurable() {
		long ticket = applied.incrementAndGet();
		synchronized (this) {
			if (committed >= ticket) {
				return; // a commit that started after this write covered it
			}
			long wait = lastCommitAt + intervalNanos - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait); // let the writes of the next moment join this commit
			}
			long covers = applied.get(); // every write with a ticket up to here is in memory now
			store.commit();
			if (syncToDisk) {
				store.sync();
			}
			committed = covers;
			lastCommitAt = System.nanoTime();
		}
	}

}
