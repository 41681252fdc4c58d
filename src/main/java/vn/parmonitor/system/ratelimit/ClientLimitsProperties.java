package vn.parmonitor.system.ratelimit;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one client may ask (README, "Limits"). A client is an API token, or the address of an anonymous reader.
 *
 * @param requestsPerMinute requests per minute of a token (a burst of that many, refilled over the minute)
 * @param anonymousRequestsPerMinute requests per minute of one address without a token
 * @param concurrentRequests requests one client may have in flight at once
 * @param expensivePerMinute expensive operations (see {@code expensiveOperations}) a client may start per minute
 * @param expensiveOperations root fields that start expensive work, limited separately
 * @param clients per-token quotas that replace the defaults, by token name
 * @param maxClients clients tracked at once; idle ones are forgotten first
 */
@ConfigurationProperties("par.limits")
public record ClientLimitsProperties(int requestsPerMinute, int anonymousRequestsPerMinute, int concurrentRequests,
		int expensivePerMinute, List<String> expensiveOperations, Map<String, Quota> clients, int maxClients) {

	public ClientLimitsProperties {
		requestsPerMinute = requestsPerMinute <= 0 ? 600 : requestsPerMinute;
		anonymousRequestsPerMinute = anonymousRequestsPerMinute <= 0 ? 300 : anonymousRequestsPerMinute;
		concurrentRequests = concurrentRequests <= 0 ? 4 : concurrentRequests;
		expensivePerMinute = expensivePerMinute <= 0 ? 2 : expensivePerMinute;
		expensiveOperations = expensiveOperations == null ? List.of("evaluateTargets") : List.copyOf(expensiveOperations);
		clients = clients == null ? Map.of() : Map.copyOf(clients);
		maxClients = maxClients <= 0 ? 10_000 : maxClients;
	}

	/** The quota of a token that has none of its own, or of an anonymous address. */
	Quota defaults(boolean anonymous) {
		return new Quota(anonymous ? anonymousRequestsPerMinute : requestsPerMinute, concurrentRequests,
				expensivePerMinute);
	}

	/**
	 * One client's quota; a value left out (0) takes the default.
	 *
	 * @param requestsPerMinute requests per minute
	 * @param concurrentRequests requests in flight at once
	 * @param expensivePerMinute expensive operations per minute
	 */
	public record Quota(int requestsPerMinute, int concurrentRequests, int expensivePerMinute) {

		Quota orElse(Quota defaults) {
			return new Quota(requestsPerMinute > 0 ? requestsPerMinute : defaults.requestsPerMinute,
					concurrentRequests > 0 ? concurrentRequests : defaults.concurrentRequests,
					expensivePerMinute > 0 ? expensivePerMinute : defaults.expensivePerMinute);
		}

	}

}
