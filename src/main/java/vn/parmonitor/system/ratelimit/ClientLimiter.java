package vn.parmonitor.system.ratelimit;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalReason;

/**
 * Per-client limits, in memory on each replica: a number of requests per minute (a Bucket4j bucket refilled each
 * minute), a number of requests in flight, and a separate, small number of expensive operations per minute. A refusal
 * is a {@link Refusal} with status 429 and the time after which the same request would be admitted.
 *
 * <p>The clients are kept in a map bounded by {@code par.limits.max-clients}: when it is full, the clients idle the
 * longest are forgotten (their next request starts with a full bucket, which only errs on the generous side).
 */
@Component
public class ClientLimiter {

	private final ClientLimitsProperties properties;

	private final Map<String, ClientState> clients = new ConcurrentHashMap<>();

	ClientLimiter(ClientLimitsProperties properties) {
		this.properties = properties;
	}

	/**
	 * Admits one request of {@code client}, or refuses it.
	 * @return the permit to {@link Permit#release() release} when the response is written
	 * @throws Refusal (429) over the rate or with too many requests in flight
	 */
	public Permit admit(Client client) {
		ClientState state = state(client);
		ConsumptionProbe probe = state.requests.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new Refusal(RefusalReason.RATE_LIMITED, 429, client.describe() + " sent more than "
					+ state.quota.requestsPerMinute() + " requests in a minute; wait and retry",
					Map.of("limitPerMinute", state.quota.requestsPerMinute()),
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		if (!state.inFlight.tryAcquire()) {
			throw new Refusal(RefusalReason.TOO_MANY_CONCURRENT, 429, client.describe() + " already has "
					+ state.quota.concurrentRequests() + " requests in flight, the most one client may have at once; "
					+ "wait for an answer before sending more", Map.of("limitConcurrent", state.quota.concurrentRequests()),
					Duration.ofSeconds(1));
		}
		return new Permit(state.inFlight);
	}

	/**
	 * Counts one expensive operation (an evaluation of every target) of {@code client}, or refuses it.
	 * @throws Refusal (429) over the client's rate of expensive operations
	 */
	public void startExpensive(Client client, String operation) {
		ClientState state = state(client);
		ConsumptionProbe probe = state.expensive.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new Refusal(RefusalReason.EXPENSIVE_RATE_LIMITED, 429, operation + " is expensive: "
					+ client.describe() + " may start it at most " + state.quota.expensivePerMinute()
					+ " times a minute; wait and retry", Map.of("operation", operation, "limitPerMinute",
							state.quota.expensivePerMinute()), Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/** Whether {@code rootField} names an expensive operation. */
	public boolean isExpensive(String rootField) {
		return properties.expensiveOperations().contains(rootField);
	}

	private ClientState state(Client client) {
		ClientState state = clients.computeIfAbsent(client.key(), key -> new ClientState(quotaOf(client)));
		state.lastSeen = System.nanoTime();
		if (clients.size() > properties.maxClients()) {
			forgetIdlest();
		}
		return state;
	}

	private ClientLimitsProperties.Quota quotaOf(Client client) {
		ClientLimitsProperties.Quota defaults = properties.defaults(client.anonymous());
		ClientLimitsProperties.Quota own = client.anonymous() ? null : properties.clients().get(client.name());
		return own == null ? defaults : own.orElse(defaults);
	}

	private void forgetIdlest() {
		int excess = clients.size() - properties.maxClients() * 9 / 10;
		clients.entrySet()
			.stream()
			.filter(entry -> entry.getValue().inFlight.availablePermits() == entry.getValue().quota.concurrentRequests())
			.sorted(Comparator.comparingLong(entry -> entry.getValue().lastSeen))
			.limit(Math.max(excess, 0))
			.map(Map.Entry::getKey)
			.toList()
			.forEach(clients::remove);
	}

	/**
	 * {@code count} a minute, as a window: the client may use them at once, and they all come back a minute after the
	 * window began (simple to explain, and {@code Retry-After} says exactly when).
	 */
	private static Bucket perMinute(int count) {
		return Bucket.builder().addLimit(limit -> limit.capacity(count).refillIntervally(count, Duration.ofMinutes(1)))
			.build();
	}

	private static final class ClientState {

		final ClientLimitsProperties.Quota quota;

		final Bucket requests;

		final Bucket expensive;

		final Semaphore inFlight;

		volatile long lastSeen;

		ClientState(ClientLimitsProperties.Quota quota) {
			this.quota = quota;
			this.requests = perMinute(quota.requestsPerMinute());
			this.expensive = perMinute(quota.expensivePerMinute());
			this.inFlight = new Semaphore(quota.concurrentRequests());
		}

	}

	/** A request in flight; released exactly once, however often {@link #release()} is called. */
	public static final class Permit {

		private final Semaphore inFlight;

		private final AtomicBoolean released = new AtomicBoolean();

		Permit(Semaphore inFlight) {
			this.inFlight = inFlight;
		}

		public void release() {
			if (released.compareAndSet(false, true)) {
				inFlight.release();
			}
		}

	}

}
