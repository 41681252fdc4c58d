package vn.parmonitor.evaluation;

import java.util.List;

/**
 * Published after each batch of a run's evaluations is stored, synchronously: listeners (alerts) act on them before
 * the next batch is read. A run publishes one per batch, then {@link EvaluationCompleted}.
 */
public record TargetsEvaluated(EvaluationRun run, List<TargetEvaluation> evaluations) {
}
