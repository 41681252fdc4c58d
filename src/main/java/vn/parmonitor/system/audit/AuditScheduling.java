package vn.parmonitor.system.audit;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The audit repair: right after start (a crash is what leaves entries pending), then every repair interval. */
@Configuration(proxyBeanMethods = false)
class AuditScheduling {

	@Bean
	JobDetail auditRepairJobDetail() {
		return JobBuilder.newJob(AuditRepairJob.class)
			.withIdentity("audit-repair")
			.withDescription("Settle audit entries left pending by a writer that died")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger auditRepairTrigger(JobDetail auditRepairJobDetail, AuditProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(auditRepairJobDetail)
			.withIdentity("audit-repair-interval")
			.startNow()
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.repairInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@DisallowConcurrentExecution
	static class AuditRepairJob extends QuartzJobBean {

		private final AuditRepair repair;

		AuditRepairJob(AuditRepair repair) {
			this.repair = repair;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			repair.repair();
		}

	}

}
