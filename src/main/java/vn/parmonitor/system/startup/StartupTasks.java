package vn.parmonitor.system.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The work a replica does once after it starts (loading the demo data, the start-up evaluation) and whether it is
 * done. Readiness ({@code /actuator/health/readiness}) stays OUT_OF_SERVICE until every task has ended, and the log
 * says when the replica is ready. A task that fails still ends: a replica must not stay unready for ever because
 * one evaluation failed (the failure is logged and counted where it happened).
 */
@Component
public class StartupTasks {

	private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

	private final Map<String, Task> tasks = new LinkedHashMap<>();

	private final long createdAt = System.nanoTime();

	/**
	 * Registers a task, before the application is ready.
	 * @param blocksRequests whether GraphQL requests are answered 503 until it ends (its data would be missing)
	 */
	public synchronized Task register(String name, boolean blocksRequests) {
		Task task = new Task(name, blocksRequests);
		tasks.put(name, task);
		return task;
	}

	/** The tasks not yet ended, in the order they were registered. */
	public synchronized List<String> pending() {
		return tasks.values().stream().filter(task -> !task.ended).map(task -> task.name).toList();
	}

	/** The pending tasks whose data requests would miss. */
	public synchronized List<String> pendingBlockingRequests() {
		return tasks.values().stream().filter(task -> !task.ended && task.blocksRequests).map(task -> task.name).toList();
	}

	private synchronized void ended(Task task) {
		if (pending().isEmpty()) {
			List<String> summary = new ArrayList<>();
			tasks.values().forEach(done -> summary.add(done.name + " done " + done.took.toMillis() + " ms after start"));
			log.info("PAR Monitor is ready ({} ms after start): {}", (System.nanoTime() - createdAt) / 1_000_000,
					summary.isEmpty() ? "nothing to load" : summary.stream().collect(Collectors.joining(", ")));
		}
	}

	/** One piece of start-up work. */
	public final class Task {

		private final String name;

		private final boolean blocksRequests;


		private volatile boolean ended;

		private Duration took = Duration.ZERO;

		private Task(String name, boolean blocksRequests) {
			this.name = name;
			this.blocksRequests = blocksRequests;
		}

		/** Marks the task ended (done or failed); further calls change nothing. */
		public void end() {
			synchronized (StartupTasks.this) {
				if (ended) {
					return;
				}
				ended = true;
				took = Duration.ofNanos(System.nanoTime() - createdAt);
				ended(this);
			}
		}

	}

}
