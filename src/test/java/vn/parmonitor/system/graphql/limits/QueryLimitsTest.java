package vn.parmonitor.system.graphql.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.util.unit.DataSize;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.RawHttp;
import vn.parmonitor.system.ratelimit.ClientLimiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One request must not take the server down: requests that ask too much are refused before they run, with the
 * cost named; a client over its rate is told when to come back.
 */
@ParMonitorIntegrationTest
class QueryLimitsTest {

	static final String EVERYTHING = readEverything();

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	ClientLimiter clients;

	@Autowired
	RefusalMetrics metrics;

	RawHttp http;

	@BeforeEach
	void connect() {
		http = new RawHttp(port);
	}

	@Test
	void oneCopyOfTheExpensiveRankingPassesAndThirtyAliasedCopiesAreRefusedWithTheirCost() {
		var one = http.graphQl("{" + EVERYTHING + "}");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().has("errors")).isFalse();
		assertThat(one.json().at("/data/ranking/edges").size()).isEqualTo(63);
		assertThat(one.json().at("/extensions/cost/requestedQueryCost").asLong()).isEqualTo(108_163);

		String thirty = IntStream.range(0, 30).mapToObj(i -> "copy" + i + ": " + EVERYTHING)
			.collect(Collectors.joining("\n", "{", "}"));
		var refused = http.graphQl(thirty, "Accept", "application/graphql-response+json");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().has("data")).as("nothing was executed").isFalse();
		assertThat(refused.firstError()).isEqualTo("query cost 3244890 exceeds the budget of 150000 per request: ask for "
				+ "smaller pages (first:), fewer nested lists or fewer aliases, or split the request");
		assertThat(refused.firstErrorExtension("code")).isEqualTo("QUERY_TOO_COSTLY");
		assertThat(refused.firstErrorExtension("cost")).isEqualTo("3244890");
		assertThat(refused.firstErrorExtension("budget")).isEqualTo("150000");
		assertThat(refused.json().at("/extensions/cost/requestedQueryCost").asLong()).isEqualTo(3_244_890);
	}

	@Test
	void aThousandAliasesOfARootFieldAreRefusedNamingTheLimitsAndTheCost() {
		String aliases = IntStream.range(0, 1000).mapToObj(i -> "u" + i + ": unit(code: \"20\") { name }")
			.collect(Collectors.joining(" ", "{", "}"));
		var response = http.graphQl(aliases);
		List<String> messages = messages(response);
		assertThat(messages).containsExactly(
				"1000 aliased fields exceed the limit of 30 per request (query cost 1000, budget 150000)",
				"1000 top-level fields exceed the limit of 20 per request (query cost 1000, budget 150000)");
		assertThat(response.json().get("data")).isNull();
		String rankings = IntStream.range(0, 1071)
			.mapToObj(i -> "r" + i + ": ranking(methodologyCode: \"PROVINCE-2022\", year: 2022) { totalCount }")
			.collect(Collectors.joining(" ", "{", "}"));
		assertThat(messages(http.graphQl(rankings))).first().asString()
			.startsWith("query cost 1071000 exceeds the budget of 150000 per request");
	}

	@Test
	void aQueryNestedTooDeepIsRefused() {
		String deep = "{ unit(code: \"184\") { " + "parent { ".repeat(15) + "code" + " }".repeat(15) + " } }";
		assertThat(messages(http.graphQl(deep))).containsExactly(
				"fields nested 17 deep exceed the limit of 15 (query cost 16, budget 150000)");
	}

	@Test
	void aTextLongerThanAnyFieldHoldsIsRefusedNamingWhereItIs() {
		String huge = "x".repeat(10_001);
		var variable = http.post("/graphql", "application/json", "{\"query\": \"query($code: String!) { unit(code: $code) "
				+ "{ name } }\", \"variables\": {\"code\": \"" + huge + "\"}}");
		assertThat(variable.firstError()).isEqualTo("a text of 10001 characters in variable code: longer than the limit "
				+ "of 10000 characters per text");
		assertThat(variable.firstErrorExtension("code")).isEqualTo("TEXT_TOO_LONG");
		var literal = http.graphQl("{ unit(code: \"" + huge + "\") { name } }");
		assertThat(literal.firstError()).isEqualTo("a text of 10001 characters at line 1, column 14: longer than the "
				+ "limit of 10000 characters per text");
	}

	@Test
	void everyRefusalIsCountedByReason() {
		double before = refusals("too_many_root_fields");
		http.graphQl(IntStream.range(0, 21).mapToObj(i -> "u" + i + ": __typename").collect(Collectors.joining(" ", "{", "}")));
		assertThat(refusals("too_many_root_fields")).isEqualTo(before + 1);
		String exposition = http.get("/actuator/prometheus").body();
		for (RefusalReason reason : RefusalReason.values()) {
			assertThat(exposition).contains("par_graphql_refusals_total{application=\"par-monitor\",reason=\""
					+ reason.label() + "\"}");
		}
	}

	@Test
	void aClientOverItsRatesIsToldToWaitWith429AndRetryAfter() {
		String token = "Bearer " + ParMonitorIntegrationTest.RATE_LIMITED_TOKEN;
		var first = http.graphQl("mutation { evaluateTargets { run { key } userErrors { message } } }", "Authorization", token);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().at("/data/evaluateTargets/run/key").asString()).startsWith("manual:");
		var second = http.graphQl("mutation { evaluateTargets { run { key } } }", "Authorization", token);
		assertThat(second.status()).isEqualTo(429);
		assertThat(Integer.parseInt(second.header("Retry-After"))).isBetween(1, 60);
		assertThat(second.firstError()).isEqualTo("evaluateTargets is expensive: token 'rate-limited-client' may start "
				+ "it at most 1 times a minute; wait and retry");
		assertThat(second.firstErrorExtension("code")).isEqualTo("EXPENSIVE_RATE_LIMITED");

		assertThat(http.graphQl("{ __typename }", "Authorization", token).status()).as("the third request a minute")
			.isEqualTo(200);
		var fourth = http.graphQl("{ __typename }", "Authorization", token);
		assertThat(fourth.status()).isEqualTo(429);
		assertThat(Integer.parseInt(fourth.header("Retry-After"))).isBetween(1, 60);
		assertThat(fourth.firstError()).isEqualTo(
				"token 'rate-limited-client' sent more than 3 requests in a minute; wait and retry");
		assertThat(fourth.firstErrorExtension("classification")).isEqualTo("TOO_MANY_REQUESTS");
		assertThat(http.graphQl("{ __typename }").status()).as("other clients are not held back").isEqualTo(200);
	}

	@Test
	void aHeavyQueryIsRefusedWhileTheHeavyLaneIsFull() {
		GraphQlLimitsProperties oneHeavyAtATime = new GraphQlLimitsProperties(15, 150_000, 30, 20, null,
				DataSize.ofMegabytes(2), DataSize.ofMegabytes(8), 20_000, 1, 10_000);
		QueryLimits limits = new QueryLimits(oneHeavyAtATime, clients, metrics);
		var running = limits.createState(null);
		limits.instrumentDocumentAndVariables(document("{" + EVERYTHING + "}"), parameters(), running);
		var waiting = limits.createState(null);
		assertThatThrownBy(() -> limits.instrumentDocumentAndVariables(document("{" + EVERYTHING + "}"), parameters(),
				waiting))
			.isInstanceOf(AbortExecutionException.class)
			.satisfies(abort -> assertThat(((AbortExecutionException) abort).getUnderlyingErrors().get(0).getExtensions())
				.containsEntry("code", "HEAVY_LANE_FULL"));
		var cheap = limits.createState(null);
		limits.instrumentDocumentAndVariables(document("{ unit(code: \"20\") { name } }"), parameters(), cheap);
		limits.instrumentExecutionResult(null, parameters(), running).join();
		limits.instrumentDocumentAndVariables(document("{" + EVERYTHING + "}"), parameters(), limits.createState(null));
	}

	private DocumentAndVariables document(String query) {
		return DocumentAndVariables.newDocumentAndVariables().document(Parser.parse(query)).variables(Map.of()).build();
	}

	private InstrumentationExecutionParameters parameters() {
		return new InstrumentationExecutionParameters(ExecutionInput.newExecutionInput("{ __typename }").build(),
				graphQlSource.schema());
	}

	private double refusals(String reason) {
		String line = http.get("/actuator/prometheus").body().lines()
			.filter(l -> l.startsWith("par_graphql_refusals_total{") && l.contains("reason=\"" + reason + "\""))
			.findFirst()
			.orElseThrow();
		return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
	}

	private static List<String> messages(RawHttp.Response response) {
		return response.json().get("errors").valueStream().map(error -> error.get("message").asString()).toList();
	}

	private static String readEverything() {
		try {
			return Files.readString(Path.of("src/test/resources/hostile/ranking-with-everything.graphql"))
				.replaceAll("#.*", "");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
