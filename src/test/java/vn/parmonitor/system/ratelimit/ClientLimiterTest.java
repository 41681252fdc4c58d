package vn.parmonitor.system.ratelimit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parmonitor.system.graphql.limits.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits of one client, without a server: rate, requests in flight, expensive operations, bounded memory. */
class ClientLimiterTest {

	static ClientLimitsProperties properties(int maxClients) {
		return new ClientLimitsProperties(5, 2, 2, 1, List.of("evaluateTargets"),
				Map.of("dashboard", new ClientLimitsProperties.Quota(100, 0, 0)), maxClients);
	}

	@Test
	void aClientMayHaveOnlySoManyRequestsInFlightAndGetsAPlaceBackWhenOneEnds() {
		ClientLimiter limiter = new ClientLimiter(properties(100));
		Client client = Client.token("officer");
		ClientLimiter.Permit one = limiter.admit(client);
		limiter.admit(client);
		assertThatThrownBy(() -> limiter.admit(client)).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.status()).isEqualTo(429);
			assertThat(refusal.getMessage()).isEqualTo("token 'officer' already has 2 requests in flight, the most one "
					+ "client may have at once; wait for an answer before sending more");
			assertThat(refusal.retryAfterSeconds()).isEqualTo(1);
		});
		one.release();
		one.release();
		limiter.admit(client);
		assertThatThrownBy(() -> limiter.admit(client)).as("a permit released twice frees one place")
			.isInstanceOf(Refusal.class);
	}

	@Test
	void anonymousReadersAreLimitedPerAddressAndTokensByTheirOwnQuota() {
		ClientLimiter limiter = new ClientLimiter(properties(100));
		limiter.admit(Client.address("10.0.0.1")).release();
		limiter.admit(Client.address("10.0.0.1")).release();
		assertThatThrownBy(() -> limiter.admit(Client.address("10.0.0.1"))).isInstanceOfSatisfying(Refusal.class,
				refusal -> {
					assertThat(refusal.getMessage())
						.isEqualTo("address 10.0.0.1 (no API token) sent more than 2 requests in a minute; wait and retry");
					assertThat(refusal.retryAfterSeconds()).isBetween(1L, 60L);
				});
		limiter.admit(Client.address("10.0.0.2")).release();
		for (int i = 0; i < 50; i++) {
			limiter.admit(Client.token("dashboard")).release();
		}
	}

	@Test
	void expensiveOperationsHaveTheirOwnSmallerRate() {
		ClientLimiter limiter = new ClientLimiter(properties(100));
		assertThat(limiter.isExpensive("evaluateTargets")).isTrue();
		assertThat(limiter.isExpensive("ranking")).isFalse();
		limiter.startExpensive(Client.token("admin"), "evaluateTargets");
		assertThatThrownBy(() -> limiter.startExpensive(Client.token("admin"), "evaluateTargets"))
			.isInstanceOf(Refusal.class)
			.hasMessage("evaluateTargets is expensive: token 'admin' may start it at most 1 times a minute; wait and retry");
		limiter.startExpensive(Client.token("another"), "evaluateTargets");
	}

	@Test
	void idleClientsAreForgottenWhenTooManyAreTracked() {
		ClientLimiter limiter = new ClientLimiter(properties(10));
		limiter.admit(Client.address("192.0.2.1")).release();
		limiter.admit(Client.address("192.0.2.1")).release();
		for (int i = 0; i < 20; i++) {
			limiter.admit(Client.address("198.51.100." + i)).release();
		}
		// 192.0.2.1 had used its 2 requests; forgotten as the idlest, it starts again with a full minute.
		limiter.admit(Client.address("192.0.2.1")).release();
	}

}
