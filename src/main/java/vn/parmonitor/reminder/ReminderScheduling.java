package vn.parmonitor.reminder;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.parmonitor.system.time.VietnamCron;

/**
 * The reminder job: on {@code par.reminders.cron} (every day at 08:00 Vietnam time by default) and once the
 * application is ready. Several replicas may run it at once: a reminder's notification id is unique, so it is queued once.
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

	private final boolean schedulingEnabled;

	ReminderScheduling(@Value("${par.scheduling.enabled:true}") boolean schedulingEnabled) {
		this.schedulingEnabled = schedulingEnabled;
	}

	@Bean
	JobDetail reminderJobDetail() {
		return JobBuilder.newJob(ReminderJob.class)
			.withIdentity("self-assessment-reminders")
			.withDescription("Remind the units that have not submitted their self-assessment")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger reminderTrigger(JobDetail reminderJobDetail,
			@Value("${par.reminders.cron:0 0 8 * * ?}") String cron) {
		return VietnamCron.trigger(reminderJobDetail, "self-assessment-reminders-cron", cron);
	}

	/** Once the application is ready (the demo data loaded): a reminder due today goes out without waiting a day. */
	@EventListener(ApplicationReadyEvent.class)
	void remindAfterStartup(ApplicationReadyEvent event) throws SchedulerException {
		if (!schedulingEnabled) {
			return;
		}
		event.getApplicationContext().getBean(Scheduler.class).scheduleJob(TriggerBuilder.newTrigger()
			.forJob("self-assessment-reminders")
			.withIdentity("self-assessment-reminders-startup")
			.startNow()
			.build());
	}

	@DisallowConcurrentExecution
	static class ReminderJob extends QuartzJobBean {

		private final SelfAssessmentReminders reminders;

		ReminderJob(SelfAssessmentReminders reminders) {
			this.reminders = reminders;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			reminders.remind();
		}

	}

}
