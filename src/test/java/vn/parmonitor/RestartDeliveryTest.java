package vn.parmonitor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.parmonitor.alerting.ContactService;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications live in the store, not in memory: one queued while its receiver is down survives a server restart
 * and is delivered, once, when the receiver is up.
 */
class RestartDeliveryTest {

	@Test
	void aNotificationQueuedBeforeARestartIsDeliveredAfterIt(@TempDir Path folder) throws Exception {
		WebhookReceiver receiver = WebhookReceiver.down();
		String file = "--par.embedded-store.file=" + folder.resolve("par.mv");
		try (ConfigurableApplicationContext before = start(file, "--par.scheduling.enabled=false")) {
			assertThat(before.getBean(ContactService.class)
				.set("20-TTPVHCC", List.of(), receiver.url("/centre"), false)
				.userErrors()).isEmpty();
			before.getBean(EvaluationService.class).runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		}
		receiver.start();
		try (ConfigurableApplicationContext after = start(file, "--par.notifications.delivery-interval=PT1S")) {
			await().atMost(Duration.ofMinutes(2)).until(() -> !receiver.received("/centre").isEmpty());
			// It stays delivered once while the delivery job runs three more times.
			Scheduler scheduler = after.getBean(Scheduler.class);
			int runs = scheduler.getMetaData().getNumberOfJobsExecuted();
			await().atMost(Duration.ofMinutes(2)).until(() -> scheduler.getMetaData().getNumberOfJobsExecuted() >= runs + 3);
			assertThat(receiver.received("/centre")).singleElement()
				.satisfies(post -> assertThat(post.body()).contains("LS-2023-ONLINE-DOSSIERS"));
		}
		finally {
			receiver.stop();
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 6];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--spring.profiles.active=demo";
		all[args.length + 1] = "--par.embedded-store.backend=h2";
		all[args.length + 2] = "--par.evaluation.run-on-startup=false";
		all[args.length + 3] = "--par.evaluation.cron=0 0 0 1 1 ? 2099";
		all[args.length + 4] = "--par.metrics.refresh-interval=PT1H";
		all[args.length + 5] = "--par.notifications.webhook-allowed-hosts=127.0.0.1";
		return new SpringApplicationBuilder(ParMonitorApplication.class).web(WebApplicationType.NONE).run(all);
	}

}
