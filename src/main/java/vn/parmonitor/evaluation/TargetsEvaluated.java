package vn.parmonitor.evaluation;

import java.util.List;

/**
 * Published after a run's evaluations are stored, synchronously: listeners (alerts, metrics) act on them before the
 * run is reported finished.
 */
public record TargetsEvaluated(EvaluationRun run, List<TargetEvaluation> evaluations) {
}
