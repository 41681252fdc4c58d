package vn.parmonitor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CPU time the server spent on each request a test sent with the header {@value #HEADER}: measured on the
 * request's thread, so a busy machine makes it no larger (wall-clock time would be). Recorded once the request's
 * filter chain returns, which may be just after the client has read the answer: {@link #awaitCpuTime} waits for it.
 */
public class RequestCpuTimes {

	/** The request header naming the request. */
	public static final String HEADER = "X-Test-Request-Id";

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<String, Long> nanos = new ConcurrentHashMap<>();

	static long currentThreadCpu() {
		return THREADS.getCurrentThreadCpuTime();
	}

	void record(String requestId, long cpuNanos) {
		nanos.put(requestId, cpuNanos);
	}

	/** The CPU time of the request {@code requestId}, once recorded. */
	public Duration awaitCpuTime(String requestId) {
		if (!nanos.containsKey(requestId)) {
			org.awaitility.Awaitility.await()
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(1))
				.atMost(Duration.ofMinutes(2))
				.until(() -> nanos.containsKey(requestId));
		}
		return Duration.ofNanos(nanos.remove(requestId));
	}

}
