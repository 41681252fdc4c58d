package vn.parmonitor.system.graphql.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import vn.parmonitor.system.ratelimit.ClientLimitsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** An execution that outlives the timeout is cancelled: no further field is resolved and the client reads why. */
class ExecutionTimeoutTest {

	static final ClientLimitsProperties EXPENSIVE_EVALUATION = new ClientLimitsProperties(0, 0, 0, 0,
			List.of("evaluateTargets"), Map.of(), 0);

	@Test
	void aLongExecutionIsCancelledAndAnsweredWithOneErrorNamingTheLimit() {
		GraphQlLimitsProperties limits = new GraphQlLimitsProperties(0, 0, 0, 0, Duration.ofMillis(200), null, null, 0, 0, 0);
		RefusalMetrics metrics = new RefusalMetrics(new SimpleMeterRegistry());
		ExecutionTimeout timeout = new ExecutionTimeout(limits, metrics, EXPENSIVE_EVALUATION);
		int[] resolved = { 0 };
		// The first item holds the execution until the timeout has fired (an event, not a pause of some length).
		DataFetcher<Integer> slowItem = environment -> {
			long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (resolved[0] == 0 && environment.getGraphQlContext().get(ExecutionTimeout.TIMED_OUT) == null
					&& System.nanoTime() < giveUp) {
				Thread.onSpinWait();
			}
			return ++resolved[0];
		};
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { items: [Item] } type Item { n: Int }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("items", environment -> IntStream.range(0, 1000).boxed().toList()))
					.type("Item", type -> type.dataFetcher("n", slowItem))
					.build());
		try {
			GraphQL graphQl = GraphQL.newGraphQL(schema).instrumentation(timeout).build();
			ExecutionResult result = graphQl.execute("{ items { n } }");
			assertThat(result.isDataPresent()).isFalse();
			assertThat(result.getErrors()).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).isEqualTo("the request ran longer than the limit of 0.2 s and was "
						+ "cancelled: ask for smaller pages (first:) or fewer fields, or split the request");
				assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT").containsEntry("timeoutMillis", 200L);
			});
			assertThat(resolved[0]).as("items resolved before the cancellation took hold").isLessThan(1000);
			assertThat(graphQl.execute("{ __typename }").getErrors()).as("a quick query is not touched").isEmpty();
		}
		finally {
			timeout.destroy();
		}
	}

	/**
	 * An evaluation (an expensive operation, limited by its own rate) that outlives the timeout still answers its
	 * result: its work finishes anyway, and a timeout in its place would tell a stored run as failed. Beside a cheap
	 * field it is cut as any request.
	 */
	@Test
	void anExpensiveOperationAloneIsNotCutButItsRunIsAnswered() throws Exception {
		GraphQlLimitsProperties limits = new GraphQlLimitsProperties(0, 0, 0, 0, Duration.ofMillis(50), null, null, 0, 0, 0);
		ExecutionTimeout timeout = new ExecutionTimeout(limits, new RefusalMetrics(new SimpleMeterRegistry()),
				EXPENSIVE_EVALUATION);
		AtomicBoolean evaluating = new AtomicBoolean();
		AtomicBoolean laterQueryCut = new AtomicBoolean();
		// The evaluation holds until a query started after it has been cut: by then its own limit has passed too
		// (one timer thread, the same limit, fired in the order they were started).
		DataFetcher<Integer> evaluation = environment -> {
			evaluating.set(true);
			spinUntil(() -> laterQueryCut.get() || environment.getGraphQlContext().get(ExecutionTimeout.TIMED_OUT) != null);
			return 881;
		};
		DataFetcher<Integer> slowQuery = environment -> {
			spinUntil(() -> environment.getGraphQlContext().get(ExecutionTimeout.TIMED_OUT) != null);
			laterQueryCut.set(true);
			return 0;
		};
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { slow: Int } type Mutation { evaluateTargets: Int slow: Int }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query", type -> type.dataFetcher("slow", slowQuery))
					.type("Mutation", type -> type.dataFetcher("evaluateTargets", evaluation).dataFetcher("slow", slowQuery))
					.build());
		try {
			GraphQL graphQl = GraphQL.newGraphQL(schema).instrumentation(timeout).build();
			CompletableFuture<ExecutionResult> alone = CompletableFuture
				.supplyAsync(() -> graphQl.execute("mutation { evaluateTargets }"));
			spinUntil(evaluating::get);
			assertThat(graphQl.execute("{ slow }").getErrors()).as("the query started after it").singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT"));
			ExecutionResult result = alone.get(30, TimeUnit.SECONDS);
			assertThat(result.getErrors()).isEmpty();
			assertThat(result.<Map<String, Object>>getData()).containsEntry("evaluateTargets", 881);

			laterQueryCut.set(false);
			assertThat(graphQl.execute("mutation { slow evaluateTargets }").getErrors())
				.as("an evaluation beside another field is cut as any request").singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT"));
		}
		finally {
			timeout.destroy();
		}
	}

	private static void spinUntil(BooleanSupplier condition) {
		long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < giveUp) {
			Thread.onSpinWait();
		}
	}

}
