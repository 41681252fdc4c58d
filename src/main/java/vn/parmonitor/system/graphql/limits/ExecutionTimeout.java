package vn.parmonitor.system.graphql.limits;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Cancels an execution that runs longer than {@code par.graphql.timeout}: graphql-java stops resolving further
 * fields once {@link ExecutionInput#cancel()} is called (a field already being fetched finishes first), and the
 * partial result is replaced by one error that names the limit. A subscription's execution ends when its stream is
 * set up, so streams are not cut.
 */
@Component
public class ExecutionTimeout implements Instrumentation, DisposableBean {

	static final String TIMED_OUT = ExecutionTimeout.class.getName() + ".timedOut";

	private final GraphQlLimitsProperties limits;

	private final RefusalMetrics metrics;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "graphql-timeout");
		thread.setDaemon(true);
		return thread;
	});

	ExecutionTimeout(GraphQlLimitsProperties limits, RefusalMetrics metrics) {
		this.limits = limits;
		this.metrics = metrics;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		ExecutionInput input = parameters.getExecutionInput();
		ScheduledFuture<?> cancellation = timer.schedule(() -> {
			parameters.getGraphQLContext().put(TIMED_OUT, Boolean.TRUE);
			input.cancel();
		}, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> cancellation.cancel(false));
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
