package vn.parmonitor.report;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.parmonitor.system.time.VietnamCron;

/**
 * The monthly report job: on {@code par.reports.cron} (the 1st of each month at 06:00 Vietnam time by default) it
 * stores each plan owner's report for the Steering Committee's monthly meeting. Two replicas running it store the
 * same documents under the same ids.
 */
@Configuration(proxyBeanMethods = false)
class ReportScheduling {

	@Bean
	JobDetail steeringReportJobDetail() {
		return JobBuilder.newJob(SteeringReportJob.class)
			.withIdentity("steering-reports")
			.withDescription("Store the month's Steering Committee reports")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger steeringReportTrigger(JobDetail steeringReportJobDetail,
			@Value("${par.reports.cron:0 0 6 1 * ?}") String cron) {
		return VietnamCron.trigger(steeringReportJobDetail, "steering-reports-cron", cron);
	}

	@DisallowConcurrentExecution
	static class SteeringReportJob extends QuartzJobBean {

		private final ReportArchive archive;

		SteeringReportJob(ReportArchive archive) {
			this.archive = archive;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			archive.generateMonthly();
		}

	}

}
