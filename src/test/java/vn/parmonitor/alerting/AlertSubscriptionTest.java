package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;
import vn.parmonitor.indicator.ObservationInput;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.plan.PlanInput;
import vn.parmonitor.plan.TargetInput;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
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
		units.upsert(List.of(new UnitInput("T-SUB-PROV", "Tỉnh Đăng Ký", null, null, UnitKind.PROVINCE, null, null, null,
				null, null), new UnitInput("T-SUB-SO", "Sở Đăng Ký", null, null, UnitKind.DEPARTMENT, "T-SUB-PROV", null, null,
						null, null)));
		targets.upsertPlan(new PlanInput("T-SUB-PLAN", "Kế hoạch", "T-SUB-PROV", 2023, null, null, null, null, null, null,
				List.of()));
		assertThat(targets.upsertTargets(List.of(new TargetInput("T-SUB-TARGET", "T-SUB-PLAN", "Hồ sơ trực tuyến",
				TargetKind.INDICATOR, "T-SUB-PROV", "T-SUB-SO", null, null, null, null, null, "ONLINE_DOSSIER_RATE", null,
				BigDecimal.valueOf(100), new TargetInput.BaselineInput(BigDecimal.valueOf(60), LocalDate.of(2022, 12, 31)),
				LocalDate.of(2023, 12, 31), null, null, null))).userErrors()).isEmpty();
		List<ObservationInput> lagging = new ArrayList<>();
		for (int month = 5; month <= 10; month++) {
			lagging.add(new ObservationInput("ONLINE_DOSSIER_RATE", "T-SUB-PROV", "2023-" + String.format("%02d", month),
					null, BigDecimal.valueOf(600 + 10 * month), BigDecimal.valueOf(1000), "test", null));
		}
		assertThat(indicators.record(lagging, false).userErrors()).isEmpty();

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
