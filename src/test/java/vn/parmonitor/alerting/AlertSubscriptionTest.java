package vn.parmonitor.alerting;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import vn.parmonitor.LaggingTarget;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client subscribed over GraphQL-over-WebSocket to a unit's alerts sees an alert open when an evaluation finds it. */
@ParMonitorIntegrationTest
class AlertSubscriptionTest {

	@LocalServerPort
	int port;

	@Autowired
	UnitService units;

	@Autowired
	IndicatorService indicators;

	@Autowired
	TargetService targets;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	MeterRegistry registry;

	@Test
	void aSubscriberSeesTheAlertsOfItsUnitAndTheUnitsBelowIt() {
		LaggingTarget.create("T-SUB", units, targets, indicators);

		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new StandardWebSocketClient())
			.responseTimeout(Duration.ofMinutes(2))
			.build();
		double openBefore = openSubscriptions();
		Flux<Map> notices = tester
			.document("subscription { alertEvents(unitCode: \"T-SUB-PROV\") { alert { key severity unit { code } target { code } } event { seq type } } }")
			.executeSubscription()
			.toFlux("alertEvents", Map.class);
		StepVerifier.create(notices)
			// The event to wait for: the server has opened the stream (par_alert_subscriptions went up).
			.then(() -> await().atMost(Duration.ofMinutes(2)).until(() -> openSubscriptions() > openBefore))
			.then(() -> evaluations.runNow(EvaluationTrigger.MANUAL, null))
			.assertNext(notice -> {
				assertThat(notice.get("event")).isEqualTo(Map.of("seq", 1, "type", "OPENED"));
				@SuppressWarnings("unchecked")
				Map<String, Object> alert = (Map<String, Object>) notice.get("alert");
				assertThat(alert).containsEntry("severity", "CRITICAL")
					.containsEntry("unit", Map.of("code", "T-SUB-SO"))
					.containsEntry("target", Map.of("code", "T-SUB-TARGET"));
			})
			.thenCancel()
			.verify(Duration.ofMinutes(2));
		tester.stop().block(Duration.ofMinutes(1));
	}

	private double openSubscriptions() {
		return registry.get("par.alert.subscriptions").gauge().value();
	}

}
