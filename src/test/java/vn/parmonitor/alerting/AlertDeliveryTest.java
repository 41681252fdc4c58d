package vn.parmonitor.alerting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.Mails;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.WebhookReceiver;
import vn.parmonitor.evaluation.EvaluationRun;
import vn.parmonitor.evaluation.EvaluationService;
import vn.parmonitor.evaluation.EvaluationTrigger;
import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.IndicatorInput;
import vn.parmonitor.indicator.IndicatorMeasure;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.ObservationInput;
import vn.parmonitor.indicator.ReportingPeriod;
import vn.parmonitor.plan.PlanInput;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetInput;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An alert's whole life on a province of its own: a lagging indicator opens an alert, delivered by e-mail (GreenMail)
 * and webhook (a real HTTP server); an observation that brings the target back on track resolves it at the next
 * evaluation, with exactly one "resolved" notification per channel. Also: a receiver that is down and then up gets
 * each event exactly once; a digest unit gets one message per run; a unit acknowledges its own alerts only.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertDeliveryTest {

	static final String INDICATOR = "T-ALERT-RATE";

	final WebhookReceiver receiver = WebhookReceiver.up();

	final WebhookReceiver lateReceiver = WebhookReceiver.down();

	@Autowired
	UnitService units;

	@Autowired
	IndicatorService indicators;

	@Autowired
	TargetService targets;

	@Autowired
	ContactService contacts;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	AlertService alerts;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HttpGraphQlTester anonymous;

	@BeforeAll
	void provinceWithAPlan() {
		check(units.upsert(List.of(unit("T-AL-PROV", "Tỉnh Cảnh Báo", UnitKind.PROVINCE, null),
				unit("T-AL-SO", "Sở Chậm Tiến Độ", UnitKind.DEPARTMENT, "T-AL-PROV"),
				unit("T-AL-DOWN", "Sở Mất Kết Nối", UnitKind.DEPARTMENT, "T-AL-PROV"),
				unit("T-AL-DIGEST", "Sở Nhận Tổng Hợp", UnitKind.DEPARTMENT, "T-AL-PROV"),
				unit("T-AL-VQ-PNV", "Phòng Nội vụ huyện Văn Quan", UnitKind.DEPARTMENT, "184"))).userErrors());
		check(indicators.upsert(new IndicatorInput(INDICATOR, "Tỷ lệ thử cảnh báo", null, null, IndicatorMeasure.PERCENT,
				Direction.HIGHER_IS_BETTER, ReportingPeriod.MONTHLY, true, true, null, "done", "all")).userErrors());
		check(targets.upsertPlan(new PlanInput("T-AL-PLAN", "Kế hoạch thử", "T-AL-PROV", 2023, null, null, null, null,
				null, null, List.of())).userErrors());
		check(targets.upsertTargets(List.of(target("T-AL-LAG", "T-AL-PROV", "T-AL-SO"),
				target("T-AL-DOWN-LAG", "T-AL-DOWN", "T-AL-DOWN"), target("T-AL-DIGEST-1", "T-AL-DIGEST", "T-AL-DIGEST"),
				target("T-AL-DIGEST-2", "T-AL-PROV", "T-AL-DIGEST"), target("T-AL-VQ", "T-AL-VQ-PNV", "T-AL-VQ-PNV")))
			.userErrors());
		for (String unit : List.of("T-AL-PROV", "T-AL-DOWN", "T-AL-DIGEST", "T-AL-VQ-PNV")) {
			lagging(unit);
		}
		check(contacts.set("T-AL-SO", List.of("so@t-al.par-monitor.invalid"), receiver.url("/so"), false).userErrors());
		check(contacts.set("T-AL-DOWN", List.of(), lateReceiver.url("/down"), false).userErrors());
		check(contacts.set("T-AL-DIGEST", List.of("tong-hop@t-al.par-monitor.invalid"), receiver.url("/digest"), true)
			.userErrors());
		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
	}

	@Test
	void aLaggingTargetOpensAnAlertAndAnObservationThatBringsItOnTrackResolvesItWithOneResolvedNotification()
			throws Exception {
		Alert opened = alerts.find(openAlertKey("T-AL-LAG")).orElseThrow();
		assertThat(opened.severity()).isEqualTo(AlertSeverity.CRITICAL);
		assertThat(opened.unitCode()).isEqualTo("T-AL-SO");
		deliverAll();
		assertThat(mailsTo("so@t-al.par-monitor.invalid")).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).startsWith("[PAR Monitor] CRITICAL Thử T-AL-LAG"));
		assertThat(receiver.received("/so")).singleElement().satisfies(post -> {
			assertThat(post.event()).isEqualTo("OPENED");
			assertThat(post.idempotencyKey()).isEqualTo(opened.id() + "#1:WEBHOOK:" + receiver.url("/so"));
			assertThat(post.body()).contains("\"type\":\"alert.opened\"").contains("\"status\":\"OFF_TRACK\"");
		});

		onTrack("T-AL-PROV");
		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		Alert resolved = alerts.find(opened.id()).orElseThrow();
		assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
		assertThat(resolved.openKey()).isNull();
		assertThat(resolved.events()).extracting(AlertEvent::type).containsExactly(AlertEventType.OPENED,
				AlertEventType.RESOLVED);
		deliverAll();
		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		deliverAll();
		assertThat(mailsTo("so@t-al.par-monitor.invalid")).hasSize(2);
		assertThat(mailsTo("so@t-al.par-monitor.invalid").get(1).getSubject()).startsWith("[PAR Monitor] RESOLVED");
		assertThat(receiver.received("/so")).extracting(WebhookReceiver.Received::event).containsExactly("OPENED",
				"RESOLVED");
	}

	@Test
	void anAlertOfAUnitWithoutContactsAnywhereAboveItIsCountedAsUnroutableAndStaysVisible() {
		check(units.upsert(List.of(unit("T-AL-LONE-PROV", "Tỉnh Chưa Khai Báo", UnitKind.PROVINCE, null),
				unit("T-AL-LONE", "Sở Chưa Có Liên Hệ", UnitKind.DEPARTMENT, "T-AL-LONE-PROV"))).userErrors());
		check(targets.upsertTargets(List.of(target("T-AL-LONE-LAG", "T-AL-LONE", "T-AL-LONE"))).userErrors());
		lagging("T-AL-LONE");
		double before = meters.counter("par.notifications.unroutable").count();

		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();

		Alert opened = alerts.find(openAlertKey("T-AL-LONE-LAG")).orElseThrow();
		assertThat(opened.state()).isEqualTo(AlertState.OPEN);
		assertThat(mongo.find(Query.query(Criteria.where("alertId").is(opened.id())), Notification.class))
			.as("notifications of an alert nobody can receive")
			.isEmpty();
		assertThat(meters.counter("par.notifications.unroutable").count() - before).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aReceiverThatIsDownAndThenUpGetsEachEventExactlyOnce() {
		String key = openAlertKey("T-AL-DOWN-LAG") + "#1:WEBHOOK:" + lateReceiver.url("/down");
		deliverAll();
		Notification failed = notification(key);
		assertThat(failed.state()).isEqualTo(Notification.DeliveryState.PENDING);
		assertThat(failed.attempts()).isGreaterThanOrEqualTo(1);
		assertThat(failed.lastError()).contains("ConnectException");
		lateReceiver.start();
		await().atMost(Duration.ofMinutes(2)).until(() -> {
			delivery.deliverDue();
			return notification(key).state() == Notification.DeliveryState.DELIVERED;
		});
		deliverAll();
		deliverAll();
		assertThat(lateReceiver.received("/down")).extracting(WebhookReceiver.Received::idempotencyKey)
			.containsExactly(key);
	}

	@Test
	void aDigestUnitGetsOneMessagePerRunListingAllItsLaggingTargets() throws Exception {
		deliverAll();
		List<WebhookReceiver.Received> digests = receiver.received("/digest");
		assertThat(digests).hasSize(1);
		assertThat(digests.get(0).event()).isEqualTo("digest");
		assertThat(digests.get(0).body()).contains("T-AL-DIGEST-1").contains("T-AL-DIGEST-2").contains("\"type\":\"digest\"");
		assertThat(mailsTo("tong-hop@t-al.par-monitor.invalid")).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).contains("2 chỉ tiêu chậm tiến độ"));
	}

	@Test
	void queuingARunsAlertsAgainAddsOnlyWhatIsMissing() {
		check(units.upsert(List.of(unit("T-AL-TWICE", "Sở Xếp Hàng Hai Lần", UnitKind.DEPARTMENT, "T-AL-PROV")))
			.userErrors());
		check(targets.upsertTargets(List.of(target("T-AL-TWICE-LAG", "T-AL-TWICE", "T-AL-TWICE"))).userErrors());
		lagging("T-AL-TWICE");
		check(contacts.set("T-AL-TWICE", List.of("a@t-al-twice.par-monitor.invalid", "b@t-al-twice.par-monitor.invalid"),
				null, false).userErrors());
		EvaluationRun run = evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		Alert opened = alerts.find(openAlertKey("T-AL-TWICE-LAG")).orElseThrow();
		Query ofTheAlert = Query.query(Criteria.where("alertId").is(opened.id()));
		Map<String, Target> targetsByCode = targets.findTargets(List.of("T-AL-TWICE-LAG"));

		assertThat(queueAsOneBatch(run, List.of(opened), targetsByCode)).as("queued again").isZero();
		mongo.remove(Query.query(Criteria.where("alertId").is(opened.id()).and("recipient")
			.is("b@t-al-twice.par-monitor.invalid")), Notification.class);
		assertThat(queueAsOneBatch(run, List.of(opened), targetsByCode)).as("queued after losing one").isEqualTo(1);

		assertThat(mongo.find(ofTheAlert, Notification.class)).extracting(Notification::recipient)
			.containsExactlyInAnyOrder("a@t-al-twice.par-monitor.invalid", "b@t-al-twice.par-monitor.invalid");
	}

	/** What a run of one batch queues: the batch's notifications, then its end's; how many were newly queued. */
	private int queueAsOneBatch(EvaluationRun run, List<Alert> changed, Map<String, Target> targetsByCode) {
		NotificationOutbox.RunQueue queue = new NotificationOutbox.RunQueue();
		outbox.queueBatch(run, changed, targetsByCode, queue);
		return outbox.finish(run, queue);
	}

	@Test
	void aRunQueuesOneDigestPerUnitWhateverItsBatchesWere() {
		check(units.upsert(List.of(unit("T-AL-BATCHES", "Sở Nhiều Lô", UnitKind.DEPARTMENT, "T-AL-PROV"))).userErrors());
		check(targets.upsertTargets(List.of(target("T-AL-BATCHES-1", "T-AL-BATCHES", "T-AL-BATCHES"),
				target("T-AL-BATCHES-2", "T-AL-BATCHES", "T-AL-BATCHES"))).userErrors());
		lagging("T-AL-BATCHES");
		check(contacts.set("T-AL-BATCHES", List.of("lo@t-al-batches.par-monitor.invalid"), null, true).userErrors());
		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		// A later run whose two batches each change one of the unit's alerts (as a run of 2,000 targets a batch does).
		EvaluationRun run = evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		Alert first = alerts.find(openAlertKey("T-AL-BATCHES-1")).orElseThrow();
		Alert second = alerts.find(openAlertKey("T-AL-BATCHES-2")).orElseThrow();
		NotificationOutbox.RunQueue queue = new NotificationOutbox.RunQueue();
		outbox.queueBatch(run, List.of(first), targets.findTargets(List.of("T-AL-BATCHES-1")), queue);
		outbox.queueBatch(run, List.of(second), targets.findTargets(List.of("T-AL-BATCHES-2")), queue);
		assertThat(mongo.find(Query.query(Criteria.where("runId").is(run.id()).and("unitCode").is("T-AL-BATCHES")),
				Notification.class)).as("nothing for a digest unit before its run ends").isEmpty();

		assertThat(outbox.finish(run, queue)).as("notifications queued at the run's end").isEqualTo(1);
		assertThat(mongo.find(Query.query(Criteria.where("runId").is(run.id()).and("unitCode").is("T-AL-BATCHES")),
				Notification.class)).singleElement()
			.satisfies(digest -> assertThat(digest.body()).contains("T-AL-BATCHES-1").contains("T-AL-BATCHES-2"));
	}

	@Autowired
	NotificationOutbox outbox;

	@Test
	void twoReplicasQueuingTheSameNotificationsAtOnceStoreAndCountEachOnce() throws Exception {
		java.util.concurrent.ExecutorService replicas = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				List<Notification> batch = new java.util.ArrayList<>();
				for (int i = 0; i < 200; i++) {
					// Delivered already, so that no delivery in another test picks them up.
					batch.add(new Notification("t-race-" + round + "-" + i, "t-race-alert", 1, AlertEventType.OPENED, "t-race",
							"T-RACE", Channel.EMAIL, "race@t-race.par-monitor.invalid", "subject", "body", "{}",
							Notification.DeliveryState.DELIVERED, 1, java.time.Instant.now(), java.time.Instant.now(), null, null,
							java.time.Instant.now(), null, null));
				}
				var first = replicas.submit(() -> outbox.store(batch));
				var second = replicas.submit(() -> outbox.store(batch));
				assertThat(first.get() + second.get()).as("round %d: counted once each", round).isEqualTo(200);
				assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^t-race-" + round + "-")), Notification.class))
					.isEqualTo(200);
			}
		}
		finally {
			replicas.shutdownNow();
		}
	}

	@Test
	void aProvinceWithADigestThatCoversItsDepartmentsGetsOneMessagePerRunNotOnePerDepartment() throws Exception {
		check(units.upsert(List.of(unit("T-AL-DG-PROV", "Tỉnh Tổng Hợp", UnitKind.PROVINCE, null),
				unit("T-AL-DG-A", "Sở Thứ Nhất", UnitKind.DEPARTMENT, "T-AL-DG-PROV"),
				unit("T-AL-DG-B", "Sở Thứ Hai", UnitKind.DEPARTMENT, "T-AL-DG-PROV"))).userErrors());
		check(targets.upsertTargets(List.of(target("T-AL-DG-A-LAG", "T-AL-DG-A", "T-AL-DG-A"),
				target("T-AL-DG-B-LAG", "T-AL-DG-B", "T-AL-DG-B"))).userErrors());
		lagging("T-AL-DG-A");
		lagging("T-AL-DG-B");
		check(contacts.set("T-AL-DG-PROV", List.of("so-noi-vu@t-al-dg.par-monitor.invalid"), null, true).userErrors());

		evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		deliverAll();

		assertThat(mailsTo("so-noi-vu@t-al-dg.par-monitor.invalid")).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).contains("2 chỉ tiêu chậm tiến độ");
			assertThat(mail.getContent().toString()).contains("[T-AL-DG-A] Thử T-AL-DG-A-LAG")
				.contains("[T-AL-DG-B] Thử T-AL-DG-B-LAG");
		});
	}

	@Test
	void aUnitAcknowledgesItsOwnAlertsOnly() {
		HttpGraphQlTester vanQuan = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		String acknowledge = "mutation($key: String!) { acknowledgeAlert(input: { alertKey: $key, note: \"Đang khắc phục\" }) { alert { state acknowledgedBy events { type by note } } userErrors { message code } } }";
		String own = openAlertKey("T-AL-VQ");
		var response = vanQuan.document(acknowledge).variable("key", own).execute();
		response.path("acknowledgeAlert.alert.state").entity(String.class).isEqualTo("ACKNOWLEDGED");
		response.path("acknowledgeAlert.alert.acknowledgedBy").entity(String.class)
			.isEqualTo("van-quan-officer (184)");
		response.path("acknowledgeAlert.alert.events[1]").entity(Map.class)
			.isEqualTo(Map.of("type", "ACKNOWLEDGED", "by", "van-quan-officer (184)", "note", "Đang khắc phục"));
		vanQuan.document(acknowledge).variable("key", own).execute().path("acknowledgeAlert.userErrors[0].code")
			.entity(String.class).isEqualTo("CONFLICT");
		vanQuan.document(acknowledge).variable("key", openAlertKey("T-AL-LAG-NEVER-RESOLVED")).execute()
			.path("acknowledgeAlert.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
		vanQuan.document(acknowledge).variable("key", openAlertKey("T-AL-DIGEST-1")).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	/** The key of the target's unresolved alert (or of its latest one), read through the API. */
	private String openAlertKey(String targetCode) {
		List<Map> edges = anonymous
			.document("query($t: String) { alerts(filter: { targetCode: $t, states: [OPEN, ACKNOWLEDGED, RESOLVED] }) { edges { node { key } } } }")
			.variable("t", targetCode)
			.execute()
			.path("alerts.edges")
			.entityList(Map.class)
			.get();
		return edges.isEmpty() ? "alert:" + targetCode + ":none" : (String) ((Map<?, ?>) edges.get(0).get("node")).get("key");
	}

	private Notification notification(String id) {
		return mongo.findById(id, Notification.class);
	}

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

	private void deliverAll() {
		while (delivery.deliverDue() > 0) {
			// until nothing due is left
		}
	}

	private List<MimeMessage> mailsTo(String address) throws Exception {
		return Mails.to(greenMail, address);
	}

	private void lagging(String unit) {
		List<ObservationInput> inputs = new ArrayList<>();
		int[] values = { 700, 720, 740, 760, 780, 800 };
		for (int i = 0; i < values.length; i++) {
			inputs.add(new ObservationInput(INDICATOR, unit, "2023-" + String.format("%02d", 5 + i), null,
					java.math.BigDecimal.valueOf(values[i]), java.math.BigDecimal.valueOf(1000), "test", null));
		}
		check(indicators.record(inputs, false).userErrors());
	}

	private void onTrack(String unit) {
		check(indicators.record(List.of(
				new ObservationInput(INDICATOR, unit, "2023-09", null, java.math.BigDecimal.valueOf(990),
						java.math.BigDecimal.valueOf(1000), "catch-up", null),
				new ObservationInput(INDICATOR, unit, "2023-10", null, java.math.BigDecimal.valueOf(999),
						java.math.BigDecimal.valueOf(1000), "catch-up", null)), false).userErrors());
	}

	private static TargetInput target(String code, String subject, String responsible) {
		return new TargetInput(code, "T-AL-PLAN", "Thử " + code, TargetKind.INDICATOR, subject, responsible, null, null,
				null, null, null, INDICATOR, null, java.math.BigDecimal.valueOf(100),
				new TargetInput.BaselineInput(java.math.BigDecimal.valueOf(60), java.time.LocalDate.of(2022, 12, 31)),
				java.time.LocalDate.of(2023, 12, 31), null, null, null);
	}

	private static UnitInput unit(String code, String name, UnitKind kind, String parent) {
		return new UnitInput(code, name, null, null, kind, parent, null, null, null, null, null, null, null);
	}

	private static void check(List<?> errors) {
		assertThat(errors).isEmpty();
	}

}
