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
 */
@Document("evaluation_runs")
public record EvaluationRun(@Id String id, EvaluationTrigger trigger, Instant asOf, @Indexed Instant startedAt,
		Instant finishedAt, String instance, RunState state, int targetsEvaluated,
		Map<TargetStatus, Integer> statusCounts, String error) implements NodeObject {

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

	/** Progress of a run. */
	public enum RunState {
		RUNNING, SUCCEEDED, FAILED
	}

}
