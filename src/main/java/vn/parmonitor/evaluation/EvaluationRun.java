package vn.parmonitor.evaluation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.system.graphql.NodeObject;

/**
 * One evaluation of every active target. A scheduled run's id is its slot ({@code scheduled:<fire time>}): the same
 * for every replica, so that only the first replica to claim a slot runs it.
 *
 * @param asOf the time the targets were evaluated as of
 * @param instance the replica that ran it
 * @param statusCounts how many targets ended in each status
 * @param heartbeatAt when the replica running it last said it still is (every quarter of the lease); a RUNNING run
 *     whose heartbeat is older than the lease was left behind by a replica that died, see {@link AbandonedRuns}
 */
@Document("evaluation_runs")
public record EvaluationRun(@Id String id, EvaluationTrigger trigger, Instant asOf, @Indexed Instant startedAt,
		Instant finishedAt, String instance, RunState state, int targetsEvaluated,
		Map<TargetStatus, Integer> statusCounts, String error, Instant heartbeatAt) implements NodeObject {

	public EvaluationRun {
		EnumMap<TargetStatus, Integer> copy = new EnumMap<>(TargetStatus.class);
		if (statusCounts != null) {
			copy.putAll(statusCounts);
		}
		statusCounts = java.util.Collections.unmodifiableMap(copy);
	}

	public Long durationMillis() {
		return finishedAt == null ? null : finishedAt.toEpochMilli() - startedAt.toEpochMilli();
	}

	@Override
	public String nodeType() {
		return "EvaluationRun";
	}

	@Override
	public String nodeKey() {
		return id;
	}

	/** A copy that ended in {@code state} at {@code finishedAt}. */
	EvaluationRun ended(RunState state, Instant finishedAt, int targetsEvaluated, Map<TargetStatus, Integer> counts,
			String error) {
		return new EvaluationRun(id, trigger, asOf, startedAt, finishedAt, instance, state, targetsEvaluated, counts, error,
				heartbeatAt);
	}

	/** Progress of a run. */
	public enum RunState {
		RUNNING, SUCCEEDED, FAILED,
		/** The replica running it stopped (crashed, was killed) before it finished. */
		ABANDONED
	}

}
