package vn.parmonitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a front-end developer and an operator see over HTTP. */
@ParMonitorIntegrationTest
class HttpEndpointsTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void healthIsUpWithTheEmbeddedStoreOnceItTakesAProbeWriteAndNamesNoPath() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("{").contains("\"mongo\":{\"details\":{\"store\":\"embedded (memory)\","
				+ "\"database\":\"par-monitor\",\"probe\":\"written and read back\"},\"status\":\"UP\"}");
		assertThat(response.body()).as("no disk paths for anyone to read").doesNotContain("diskSpace").doesNotContain("\"/");
		assertThat(get("/actuator/health/readiness").body()).as("readiness includes the store").contains("\"mongo\"");
	}

	@Test
	void prometheusMetricsAreServed() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void aQueryIsTimedAsARequestButNotFieldByField() throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ unit(code: \\\"20\\\") { code parent { code } } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.body()).as("a unit's code and its parent's").contains("\"code\":\"20\"");
		String exposition = get("/actuator/prometheus").body();
		assertThat(exposition).as("the Operations board's request timer").contains("graphql_request_seconds_count");
		assertThat(exposition).as("no timer per resolved field").doesNotContain("graphql_datafetcher");
	}

	@Test
	void theParMetricsPassPromtoolsLint() throws Exception {
		ExternalTools.require("promtool", "prometheus");
		String exposition = get("/actuator/prometheus").body();
		String par = exposition.lines()
			.filter(line -> line.startsWith("par_") || line.startsWith("# HELP par_") || line.startsWith("# TYPE par_"))
			.collect(java.util.stream.Collectors.joining("\n", "", "\n"));
		assertThat(par).contains("par_evaluation_runs_total");
		ExternalTools.Result lint = ExternalTools.runWithInput(par, "promtool", "check", "metrics");
		assertThat(lint.output()).as("promtool's complaints about the par_ metrics").isBlank();
		assertThat(lint.exitCode()).isZero();
	}

	@Test
	void theRunbookIsServedWithASectionPerAlert() throws Exception {
		HttpResponse<String> response = get("/docs/runbook");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		java.util.List<String> alerts = java.nio.file.Files.readAllLines(java.nio.file.Path.of("prometheus", "rules",
				"par-alerts.rules.yml"))
			.stream()
			.filter(line -> line.strip().startsWith("- alert: "))
			.map(line -> line.strip().substring("- alert: ".length()))
			.distinct()
			.toList();
		assertThat(alerts).as("eleven alerts (the forecast alerts have a warning and a critical rule each)").hasSize(11);
		for (String alert : alerts) {
			assertThat(response.body()).contains("<h2 id=\"" + alert.toLowerCase() + "\">" + alert + "</h2>");
		}
	}

	@Test
	void anUnparsableQueryIsABadRequestUnderGraphQlOverHttp() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ unit(code: \"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("InvalidSyntax");
	}

	@Test
	void graphiqlIsServedWithEveryAssetFromTheServerItself() throws Exception {
		HttpResponse<String> page = get("/graphiql?path=/graphql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.body()).doesNotContain("https://", "http://", "esm.sh");
		java.util.List<String> assets = java.util.regex.Pattern.compile("(?:src|href)=\"(webjars/[^\"]+)\"")
			.matcher(page.body())
			.results()
			.map(match -> match.group(1))
			.toList();
		assertThat(assets).contains("webjars/graphiql/2.4.7/graphiql.min.js", "webjars/graphiql/2.4.7/graphiql.min.css",
				"webjars/react/18.3.1/umd/react.production.min.js", "webjars/graphql-ws/5.16.0/umd/graphql-ws.min.js");
		for (String asset : assets) {
			HttpResponse<String> served = get("/" + asset);
			assertThat(served.statusCode()).as(asset).isEqualTo(200);
			assertThat(served.body()).as(asset).hasSizeGreaterThan(1000);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
