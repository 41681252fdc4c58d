package vn.parmonitor.evaluation;

/**
 * Published once every batch of a run is stored ({@link TargetsEvaluated}), synchronously and before the run is marked
 * finished: listeners finish what needs the whole run (the notifications of its alert changes, the metrics). Also
 * published, with {@code succeeded} false, when a run fails midway, so that listeners drop what they gathered for it.
 */
public record EvaluationCompleted(EvaluationRun run, boolean succeeded) {
}
