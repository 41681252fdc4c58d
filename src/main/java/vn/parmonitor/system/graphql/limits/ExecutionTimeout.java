package vn.parmonitor.system.graphql.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.ratelimit.ClientLimitsProperties;

/**
 * Cancels an execution that runs longer than {@code par.graphql.timeout}: graphql-java stops resolving further
 * fields once {@link ExecutionInput#cancel()} is called (a field already being fetched finishes first), and the
 * partial result is replaced by one error that names the limit. A subscription's execution ends when its stream is
 * set up, so streams are not cut.
 *
 * <p>A request of expensive operations only ({@code par.limits.expensive-operations}, e.g. {@code evaluateTargets})
 * is not cut either: its one field does all the work and finishes whatever happens (a run is stored whole under its
 * lease), so an answer replaced by a timeout would only tell a successful run as failed. Those are limited by their
 * own rate per client instead.
 */
@Component
public class ExecutionTimeout implements Instrumentation, DisposableBean {

	static final String TIMED_OUT = ExecutionTimeout.class.getName() + ".timedOut";

	private final GraphQlLimitsProperties limits;

	private final RefusalMetrics metrics;

	private final ClientLimitsProperties clients;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "graphql-timeout");
		thread.setDaemon(true);
		return thread;
	});

	ExecutionTimeout(GraphQlLimitsProperties limits, RefusalMetrics metrics, ClientLimitsProperties clients) {
		this.limits = limits;
		this.metrics = metrics;
		this.clients = clients;
	}

	/** Starts the clock once the operation is known (after validation), unless it runs expensive operations only. */
	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (expensiveOnly(execution.getOperationDefinition())) {
			return SimpleInstrumentationContext.noOp();
		}
		ExecutionInput input = execution.getExecutionInput();
		ScheduledFuture<?> cancellation = timer.schedule(() -> {
			execution.getGraphQLContext().put(TIMED_OUT, Boolean.TRUE);
			input.cancel();
		}, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> cancellation.cancel(false));
	}

	private boolean expensiveOnly(OperationDefinition operation) {
		List<Selection> roots = operation.getSelectionSet().getSelections();
		return !roots.isEmpty()
				&& roots.stream().allMatch(root -> root instanceof Field field && clients.expensiveOperations().contains(field.getName()));
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!Boolean.TRUE.equals(parameters.getGraphQLContext().get(TIMED_OUT))) {
			return CompletableFuture.completedFuture(result);
		}
		metrics.refused(RefusalReason.TIMEOUT);
		Refusal refusal = new Refusal(RefusalReason.TIMEOUT, 400, "the request ran longer than the limit of "
				+ limits.timeout().toMillis() / 1000.0 + " s and was cancelled: ask for smaller pages (first:) or fewer "
				+ "fields, or split the request", Map.of("timeoutMillis", limits.timeout().toMillis()), null);
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(refusal.toGraphQlError())
			.build());
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

}
