package vn.parmonitor.evaluation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.startup.StartupTasks;

/**
 * The one evaluation a replica runs right after it starts (when {@code par.evaluation.run-on-startup} and the
 * scheduler are on): until it has run, the replica is not ready, since its alerts and metrics would be stale.
 */
@Component
class StartupEvaluation {

	private final StartupTasks.Task task;

	StartupEvaluation(EvaluationProperties properties, StartupTasks startup,
			@Value("${par.scheduling.enabled:true}") boolean schedulingEnabled) {
		this.task = properties.runOnStartup() && schedulingEnabled ? startup.register("start-up evaluation", false) : null;
	}

	boolean enabled() {
		return task != null;
	}

	/** The start-up evaluation ran (or failed, or was left to another replica). */
	void ended() {
		if (task != null) {
			task.end();
		}
	}

}
