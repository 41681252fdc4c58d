package vn.parmonitor.alerting;

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

/**
 * The delivery job: every {@code par.notifications.delivery-interval}, send what is due. A missed firing is skipped
 * (the next one comes within the interval and sends everything due anyway).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryScheduling {

	@Bean
	JobDetail deliveryJobDetail() {
		return JobBuilder.newJob(DeliveryJob.class)
			.withIdentity("notification-delivery")
			.withDescription("Send queued alert notifications, retrying failed ones")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger deliveryTrigger(JobDetail deliveryJobDetail, NotificationProperties properties) {
		return TriggerBuilder.newTrigger()
			.forJob(deliveryJobDetail)
			.withIdentity("notification-delivery-interval")
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(properties.deliveryInterval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@DisallowConcurrentExecution
	static class DeliveryJob extends QuartzJobBean {

		private final NotificationDelivery delivery;

		DeliveryJob(NotificationDelivery delivery) {
			this.delivery = delivery;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			delivery.deliverDue();
		}

	}

}
