package vn.parmonitor.system.startup;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import vn.parmonitor.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until the start-up data is in, readiness is OUT_OF_SERVICE and GraphQL answers 503 with Retry-After, saying what
 * it waits for; liveness stays UP (an orchestrator must not restart a replica that is loading).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "par.embedded-store.backend=memory", "par.scheduling.enabled=false", "par.demo-data.enabled=false",
				"par.security.tokens[0].name=admin", "par.security.tokens[0].token=readiness-test-admin-token",
				"par.security.tokens[0].role=ADMIN" })
class ReadinessTest {

	@LocalServerPort
	int port;

	@Autowired
	StartupTasks.Task loading;

	@Test
	void notReadyAndNotServingUntilTheStartupDataIsLoaded() {
		RawHttp http = new RawHttp(port);
		var readiness = http.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(503);
		assertThat(readiness.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
		var health = http.get("/actuator/health");
		assertThat(health.json().at("/components/startup/details/pending/0").asString()).isEqualTo("registry of units");
		var query = http.graphQl("{ unit(code: \"20\") { name } }");
		assertThat(query.status()).isEqualTo(503);
		assertThat(query.header("Retry-After")).isEqualTo("5");
		assertThat(query.firstError()).isEqualTo("PAR Monitor is starting: registry of units not yet loaded; try again "
				+ "in a few seconds (or wait for /actuator/health/readiness to be UP)");

		loading.end();

		assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(http.graphQl("{ unit(code: \"20\") { name } }").status()).isEqualTo(200);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SlowStartup {

		/** A start-up load that ends when the test says so. */
		@Bean
		StartupTasks.Task loading(StartupTasks tasks) {
			return tasks.register("registry of units", true);
		}

	}

}
