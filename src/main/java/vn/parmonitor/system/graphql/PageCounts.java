package vn.parmonitor.system.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.context.ContextExecutorService;

/**
 * Where a page's count runs while the request reads the page itself: a few threads of their own, one per processor,
 * with no queue. When they are all busy (many clients at once, and the processors with them) the request counts
 * itself before it reads, as it would with no pool: the pool shortens a page's wait when there is a processor to
 * spare and never makes a request wait for another's count. The request's context (its tracing, the tags tests put on
 * its store commands) goes with the count.
 */
final class PageCounts {

	private static final ExecutorService THREADS = ContextExecutorService.wrap(threads());

	private PageCounts() {
	}

	static CompletableFuture<Long> count(Supplier<Long> count) {
		return CompletableFuture.supplyAsync(count, THREADS);
	}

	/** The count, or the exception the count threw (a store error, a timeout) as it was thrown. */
	static long join(CompletableFuture<Long> total) {
		try {
			return total.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private static ThreadPoolExecutor threads() {
		int size = Runtime.getRuntime().availableProcessors();
		AtomicInteger number = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				runnable -> {
					Thread thread = new Thread(runnable, "page-count-" + number.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

}
