package vn.parmonitor.system.startup;

import java.util.List;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code startup} in {@code /actuator/health} and its readiness group: OUT_OF_SERVICE, naming the pending tasks,
 * until the start-up work is done.
 */
@Component("startup")
class StartupHealthIndicator extends AbstractHealthIndicator {

	private final StartupTasks tasks;

	StartupHealthIndicator(StartupTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<String> pending = tasks.pending();
		if (pending.isEmpty()) {
			builder.up();
		}
		else {
			builder.outOfService().withDetail("pending", pending);
		}
	}

}
