package vn.parmonitor.system.graphql.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.springframework.stereotype.Component;

import vn.parmonitor.system.ratelimit.Client;
import vn.parmonitor.system.ratelimit.ClientLimiter;

/**
 * Refuses an operation that asks too much before it is validated or executed: its {@link QueryCostAnalysis cost}
 * against the budget, its aliases, its top-level fields and its depth, each against its limit; {@link LongTexts texts}
 * longer than any field holds; an expensive
 * operation (an evaluation) beyond the client's rate; and a heavy query when the heavy lane is full. The measured
 * {@link QueryShape} stays in the GraphQL context, from where the HTTP endpoint reports the cost in the response's
 * {@code extensions}.
 *
 * <p>The heavy lane: a query whose cost reaches {@code par.graphql.heavy-query-cost} needs one of
 * {@code max-concurrent-heavy-queries} permits for as long as it executes, so that a few heavy queries cannot take
 * every core from the cheap ones; without a free permit it is refused at once (429, retry in a second).
 */
@Component
public class QueryLimits implements Instrumentation {

	private final GraphQlLimitsProperties limits;

	private final ClientLimiter clients;

	private final RefusalMetrics metrics;

	private final Semaphore heavyLane;

	QueryLimits(GraphQlLimitsProperties limits, ClientLimiter clients, RefusalMetrics metrics) {
		this.limits = limits;
		this.clients = clients;
		this.metrics = metrics;
		this.heavyLane = new Semaphore(limits.maxConcurrentHeavyQueries());
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new HeavyPermit();
	}

	@Override
	public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		QueryShape shape = QueryCostAnalysis.measure(parameters.getSchema(), documentAndVariables.getDocument(),
				parameters.getOperation(), documentAndVariables.getVariables());
		parameters.getGraphQLContext().put(QueryShape.class, shape);
		List<Refusal> refusals = check(shape);
		List<String> longTexts = LongTexts.find(documentAndVariables.getDocument(), documentAndVariables.getVariables(),
				limits.maxTextLength());
		if (!longTexts.isEmpty()) {
			refusals.add(new Refusal(RefusalReason.TEXT_TOO_LONG, 400, String.join("; ", longTexts)
					+ ": longer than the limit of " + limits.maxTextLength() + " characters per text",
					Map.of("limit", limits.maxTextLength()), null));
		}
		if (refusals.isEmpty()) {
			refusals.addAll(checkExpensive(shape, parameters.getGraphQLContext().get(Client.class)));
		}
		if (refusals.isEmpty() && shape.cost() >= limits.heavyQueryCost()) {
			if (!((HeavyPermit) state).acquire(heavyLane)) {
				refusals.add(new Refusal(RefusalReason.HEAVY_LANE_FULL, 429, "a heavy query (cost " + shape.cost()
						+ ", heavy from " + limits.heavyQueryCost() + ") must wait: " + limits.maxConcurrentHeavyQueries()
						+ " heavy queries are running, the most this server runs at once; retry in a moment, or ask "
						+ "for less", Map.of("cost", shape.cost(), "heavyFrom", limits.heavyQueryCost()),
						Duration.ofSeconds(1)));
			}
		}
		if (!refusals.isEmpty()) {
			List<GraphQLError> errors = new ArrayList<>();
			for (Refusal refusal : refusals) {
				metrics.refused(refusal.reason());
				errors.add(refusal.toGraphQlError());
			}
			throw new AbortExecutionException(errors);
		}
		return documentAndVariables;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> ((HeavyPermit) state).release());
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		((HeavyPermit) state).release();
		return CompletableFuture.completedFuture(result);
	}

	/** One refusal per limit the operation exceeds, each naming the measure, the limit and the cost. */
	List<Refusal> check(QueryShape shape) {
		List<Refusal> refusals = new ArrayList<>();
		String costs = " (query cost " + shape.cost() + ", budget " + limits.maxQueryCost() + ")";
		if (shape.cost() > limits.maxQueryCost()) {
			refusals.add(new Refusal(RefusalReason.QUERY_TOO_COSTLY, 400, "query cost " + shape.cost()
					+ " exceeds the budget of " + limits.maxQueryCost() + " per request: ask for smaller pages (first:), "
					+ "fewer nested lists or fewer aliases, or split the request",
					Map.of("cost", shape.cost(), "budget", limits.maxQueryCost()), null));
		}
		if (shape.aliases() > limits.maxAliases()) {
			refusals.add(new Refusal(RefusalReason.TOO_MANY_ALIASES, 400, shape.aliases()
					+ " aliased fields exceed the limit of " + limits.maxAliases() + " per request" + costs,
					measured(shape, "aliases", shape.aliases(), limits.maxAliases()), null));
		}
		if (shape.rootFields() > limits.maxRootFields()) {
			refusals.add(new Refusal(RefusalReason.TOO_MANY_ROOT_FIELDS, 400, shape.rootFields()
					+ " top-level fields exceed the limit of " + limits.maxRootFields() + " per request" + costs,
					measured(shape, "rootFields", shape.rootFields(), limits.maxRootFields()), null));
		}
		if (shape.depth() > limits.maxQueryDepth()) {
			refusals.add(new Refusal(RefusalReason.QUERY_TOO_DEEP, 400, "fields nested " + shape.depth()
					+ " deep exceed the limit of " + limits.maxQueryDepth() + costs,
					measured(shape, "depth", shape.depth(), limits.maxQueryDepth()), null));
		}
		return refusals;
	}

	private List<Refusal> checkExpensive(QueryShape shape, Client client) {
		List<Refusal> refusals = new ArrayList<>();
		if (client == null) {
			return refusals;
		}
		for (String field : shape.rootFieldNames()) {
			if (clients.isExpensive(field)) {
				try {
					clients.startExpensive(client, field);
				}
				catch (Refusal refusal) {
					refusals.add(refusal);
				}
			}
		}
		return refusals;
	}

	private Map<String, Object> measured(QueryShape shape, String measure, int value, int limit) {
		return Map.of("cost", shape.cost(), "budget", limits.maxQueryCost(), measure, value, "limit", limit);
	}

	/** The heavy-lane permit of one execution, released exactly once. */
	private static final class HeavyPermit implements InstrumentationState {

		private Semaphore lane;

		private final AtomicBoolean released = new AtomicBoolean();

		boolean acquire(Semaphore heavyLane) {
			if (!heavyLane.tryAcquire()) {
				return false;
			}
			lane = heavyLane;
			return true;
		}

		void release() {
			if (lane != null && released.compareAndSet(false, true)) {
				lane.release();
			}
		}

	}

}
