package vn.parmonitor.system.graphql.limits;

import java.time.Duration;
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

import static org.assertj.core.api.Assertions.assertThat;

/** An execution that outlives the timeout is cancelled: no further field is resolved and the client reads why. */
class ExecutionTimeoutTest {

	@Test
	void aLongExecutionIsCancelledAndAnsweredWithOneErrorNamingTheLimit() {
		GraphQlLimitsProperties limits = new GraphQlLimitsProperties(0, 0, 0, 0, Duration.ofMillis(200), null, null, 0, 0, 0);
		RefusalMetrics metrics = new RefusalMetrics(new SimpleMeterRegistry());
		ExecutionTimeout timeout = new ExecutionTimeout(limits, metrics);
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


}
