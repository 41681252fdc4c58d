package vn.parmonitor.evaluation;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The evaluation schedule: a cron trigger (hourly by default) and, after start-up (once the demo data is loaded),
 * a one-off run.
 *
 * <p>Misfire policy: <em>fire once and proceed</em>. If the scheduler could not fire on time (threads busy, clock
 * jump), the missed evaluations collapse into one run as soon as possible, then the schedule continues: evaluating the
 * same moment twice would add nothing. Quartz keeps its jobs in memory (all coordination is in MongoDB), so
 * evaluations missed while the server was down are covered by the start-up run, not replayed.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationScheduling {

	@Bean
	JobDetail evaluationJobDetail() {
		return JobBuilder.newJob(EvaluationJob.class)
			.withIdentity("target-evaluation")
			.withDescription("Evaluate every active target, raise and resolve alerts")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger evaluationTrigger(JobDetail evaluationJobDetail, EvaluationProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(evaluationJobDetail)
			.withIdentity("target-evaluation-cron")
			.withSchedule(CronScheduleBuilder.cronSchedule(properties.cron()).withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void evaluateAfterStartup(ApplicationReadyEvent event) throws SchedulerException {
		if (!event.getApplicationContext().getBean(StartupEvaluation.class).enabled()) {
			return;
		}
		Scheduler scheduler = event.getApplicationContext().getBean(Scheduler.class);
		scheduler.scheduleJob(TriggerBuilder.newTrigger()
			.forJob("target-evaluation")
			.withIdentity("target-evaluation-startup")
			.usingJobData(EvaluationJob.TRIGGER_KEY, EvaluationTrigger.STARTUP.name())
			.startNow()
			.build());
	}

}
