package vn.parmonitor.system.time;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Quartz triggers on a cron expression read in Vietnam's time (a job "at 08:00" runs at 08:00 in Hà Nội whatever the
 * server's zone); a run missed while the server was down fires once when it is back.
 */
public final class VietnamCron {

	private VietnamCron() {
	}

	public static Trigger trigger(JobDetail job, String identity, String cron) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(identity)
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(TimeZone.getTimeZone(VietnamTime.ZONE))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
