package vn.parmonitor.system.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.parmonitor.system.time.VietnamCron;

/**
 * The daily retention job: every {@link RetentionTask} in turn, so that the history the reads and the embedded
 * store's scans go through stays bounded by the retention policy instead of growing with every hourly run. Replicas
 * may run it at once: each task is idempotent.
 */
@Configuration(proxyBeanMethods = false)
class RetentionScheduling {

	private static final Logger log = LoggerFactory.getLogger(RetentionScheduling.class);

	@Bean
	JobDetail retentionJobDetail() {
		return JobBuilder.newJob(RetentionJob.class)
			.withIdentity("history-retention")
			.withDescription("Thin the evaluation history and drop old delivered notifications")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger retentionTrigger(JobDetail retentionJobDetail, RetentionProperties properties) {
		return VietnamCron.trigger(retentionJobDetail, "history-retention-cron", properties.cron());
	}

	/**
	 * Runs every task; one that fails does not stop the others (it is logged and tried again the next day).
	 * @return how many documents they removed
	 */
	static long runAll(List<RetentionTask> tasks, Instant now) {
		long total = 0;
		for (RetentionTask task : tasks) {
			try {
				long removed = task.apply(now);
				total += removed;
				log.info("Retention: {}: {} document(s) removed", task.name(), removed);
			}
			catch (RuntimeException ex) {
				log.error("Retention: {} failed; it is tried again at the next run", task.name(), ex);
			}
		}
		return total;
	}

	@DisallowConcurrentExecution
	static class RetentionJob extends QuartzJobBean {

		private final List<RetentionTask> tasks;

		private final Clock clock;

		RetentionJob(List<RetentionTask> tasks, Optional<Clock> clock) {
			this.tasks = tasks;
			this.clock = clock.orElse(Clock.systemUTC());
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			runAll(tasks, Instant.now(clock));
		}

	}

}
