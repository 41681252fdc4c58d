package vn.parmonitor.evaluation;

import java.util.List;

import vn.parmonitor.plan.Target;

/**
 * Published after each batch of a run's evaluations is stored, synchronously: listeners (alerts) act on them before
 * the next batch is read. A run publishes one per batch, then {@link EvaluationCompleted}.
 *
 * @param targets the batch's targets as the run read them, so that listeners need not read them again
 */
public record TargetsEvaluated(EvaluationRun run, List<TargetEvaluation> evaluations, List<Target> targets) {
}
