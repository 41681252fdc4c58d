package vn.parmonitor.system.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long history is kept in full (README, "History and retention").
 *
 * @param everyEvaluationFor every run's evaluations are kept this long; older days keep their last run's
 *     evaluations and those whose status changed
 * @param deliveredNotificationsFor a delivered notification is kept this long (pending and failed ones until
 *     they are delivered)
 * @param cron when the history is thinned (Quartz cron, Vietnam time; daily at 03:30 by default)
 */
@ConfigurationProperties("par.retention")
public record RetentionProperties(Duration everyEvaluationFor, Duration deliveredNotificationsFor, String cron) {

	public RetentionProperties {
		everyEvaluationFor = everyEvaluationFor == null ? Duration.ofDays(30) : everyEvaluationFor;
		deliveredNotificationsFor = deliveredNotificationsFor == null ? Duration.ofDays(90) : deliveredNotificationsFor;
		cron = cron == null || cron.isBlank() ? "0 30 3 * * ?" : cron;
	}

}
