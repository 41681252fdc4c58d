package vn.parmonitor.system.http;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A front-end served from another origin (a dev server on localhost:5173) calls the API from a browser: the demo
 * profile allows localhost origins ({@code spring.graphql.cors.allowed-origin-patterns}), nothing else.
 */
@ParMonitorIntegrationTest
class CorsTest {

	static final String DEV_SERVER = "http://localhost:5173";

	@LocalServerPort
	int port;

	@Test
	void aPreflightFromAnAllowedOriginGetsTheCorsHeaders() {
		var response = preflight(DEV_SERVER);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(DEV_SERVER);
		assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo("GET,POST");
		assertThat(response.header("Access-Control-Allow-Headers")).isEqualToIgnoringCase("authorization, content-type");
		assertThat(response.header("Access-Control-Max-Age")).isEqualTo("1800");
	}

	@Test
	void aPreflightOrARequestFromAnotherOriginIsRefusedSayingWhy() {
		var response = preflight("https://elsewhere.example");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Access-Control-Allow-Origin")).isNull();
		assertThat(response.firstError()).isEqualTo("this origin may not call PAR Monitor from a browser: the "
				+ "Department adds allowed origins with spring.graphql.cors.allowed-origins");
		assertThat(response.firstErrorExtension("code")).isEqualTo("ORIGIN_NOT_ALLOWED");
		var request = new RawHttp(port).graphQl("{ __typename }", "Origin", "https://elsewhere.example");
		assertThat(request.status()).isEqualTo(403);
		assertThat(request.firstErrorExtension("classification")).isEqualTo("FORBIDDEN");
	}

	@Test
	void theBrowserMayReadAnswersAndRefusalsIncludingRetryAfter() {
		RawHttp http = new RawHttp(port);
		var answer = http.graphQl("{ __typename }", "Origin", DEV_SERVER);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(DEV_SERVER);
		assertThat(answer.header("Access-Control-Expose-Headers")).isEqualTo("Retry-After");
		var refused = http.graphQl("{ __typename }", "Origin", DEV_SERVER, "Authorization", "Bearer wrong-token-0000000");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.header("Access-Control-Allow-Origin")).as("a 401 readable by the page").isEqualTo(DEV_SERVER);
	}

	private RawHttp.Response preflight(String origin) {
		RawHttp http = new RawHttp(port);
		return http.send(http.request("/graphql", "Origin", origin, "Access-Control-Request-Method", "POST",
				"Access-Control-Request-Headers", "authorization, content-type")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

}
