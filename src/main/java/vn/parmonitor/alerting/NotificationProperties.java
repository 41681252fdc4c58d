package vn.parmonitor.alerting;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications are delivered.
 *
 * @param deliveryInterval how often the delivery job looks for due notifications
 * @param initialRetryDelay the wait after a first failed attempt; it doubles with each further failure
 * @param maxRetryDelay the longest wait between attempts: a receiver that is down is tried at least this often, for
 *     as long as it takes
 * @param claimTimeout how long a replica owns a notification it is sending before another may retry it
 * @param mailFrom the sender address of e-mails
 * @param webhookTimeout how long a webhook receiver may take to answer
 * @param batchSize the most notifications one delivery run sends
 * @param webhookAllowedHosts hosts a webhook may name although they are (or resolve to) loopback, private,
 *     link-local or other non-public addresses, e.g. a provincial intranet's receiver; exact host names or
 *     addresses, or {@code *.example.gov.vn} for a domain's hosts. Empty by default: public hosts only
 */
@ConfigurationProperties("par.notifications")
public record NotificationProperties(Duration deliveryInterval, Duration initialRetryDelay, Duration maxRetryDelay,
		Duration claimTimeout, String mailFrom, Duration webhookTimeout, int batchSize,
		List<String> webhookAllowedHosts) {

	public NotificationProperties {
		webhookAllowedHosts = webhookAllowedHosts == null ? List.of() : List.copyOf(webhookAllowedHosts);
		deliveryInterval = deliveryInterval == null ? Duration.ofSeconds(15) : deliveryInterval;
		initialRetryDelay = initialRetryDelay == null ? Duration.ofSeconds(30) : initialRetryDelay;
		maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
		claimTimeout = claimTimeout == null ? Duration.ofMinutes(2) : claimTimeout;
		mailFrom = mailFrom == null || mailFrom.isBlank() ? "par-monitor@localhost" : mailFrom;
		webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
		batchSize = batchSize <= 0 ? 100 : batchSize;
	}

	/** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones: doubling, capped. */
	Duration retryDelay(int attempts) {
		Duration delay = initialRetryDelay;
		for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
	}

}
