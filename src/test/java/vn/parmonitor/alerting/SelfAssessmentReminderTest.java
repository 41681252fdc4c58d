package vn.parmonitor.alerting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.Mails;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.assessment.AssessmentService;
import vn.parmonitor.assessment.AssessmentWorkflow;
import vn.parmonitor.assessment.ScoreBatch;
import vn.parmonitor.assessment.ScoreInput;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.assessment.WorkflowStep;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.monitoring.SubmissionGauges;
import vn.parmonitor.reminder.SelfAssessmentReminders;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units that have not submitted their self-assessment are reminded through the outbox, once when the reminders start
 * and once when the due date has passed, and the metric counts the overdue ones. Three ministries of the test's own,
 * judged at the demo's time (10 November 2023): T-REM-BO1 submitted, T-REM-BO2 self-assessing (with contacts),
 * T-REM-BO3 with nothing recorded and nobody to tell.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfAssessmentReminderTest {

	static final String METHODOLOGY = "T-REM-2023";

	static final String BO2_MAIL = "van-phong-bo2@rem.par-monitor.invalid";

	static final String CALENDAR = """
			mutation($due: Date!) { setAssessmentCalendar(input: { methodologyCode: "T-REM-2023", year: 2023,
			  selfAssessmentDue: $due, appraisalDue: "2023-12-20", reminderLeadDays: 14 }) {
			    calendar { remindersFrom } userErrors { field message code } } }""";

	static final String PROGRESS = """
			{ assessmentCalendar(methodologyCode: "T-REM-2023", year: 2023) { asOf selfAssessmentDue pending overdue
			  units(pendingOnly: true, first: 100) { edges { node { unit { code } state overdue } } } } }""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	@Autowired
	MethodologyService methodologies;

	@Autowired
	AssessmentService assessments;

	@Autowired
	AssessmentWorkflow workflow;

	@Autowired
	ContactService contacts;

	@Autowired
	SelfAssessmentReminders reminders;

	@Autowired
	SubmissionGauges gauges;

	@Autowired
	NotificationDelivery delivery;

	@Autowired
	GreenMail greenMail;

	@Autowired
	MeterRegistry meters;

	HttpGraphQlTester department;

	@BeforeAll
	void threeMinistries() {
		department = Testers.admin(anonymous);
		List<UnitInput> ministries = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ministries.add(new UnitInput("T-REM-BO" + i, "Bộ Thử Nhắc " + i, null, null, UnitKind.MINISTRY, null, null,
					null, null, null, null, null, null));
		}
		assertThat(units.upsert(ministries).userErrors()).isEmpty();
		String tree = """
				{"code": "%s", "name": "Chỉ số CCHC bộ (thử nhắc)", "year": 2023, "unitKind": "MINISTRY",
				 "totalMaximum": "10", "fields": [{"code": "1", "name": "Lĩnh vực 1", "maxPoints": "10", "children": [
				   {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "10", "children": [
				     {"code": "1.1.1", "name": "TP 1.1.1", "maxPoints": "10", "method": "APPRAISED_SELF_ASSESSMENT"}]}]}]}"""
			.formatted(METHODOLOGY);
		assertThat(methodologies.importMethodology(JsonMapper.builder().build().readValue(tree, MethodologyInput.class))
			.userErrors()).isEmpty();
		for (String unit : List.of("T-REM-BO1", "T-REM-BO2")) {
			assertThat(assessments.record(ScoreBatch.of(unit, METHODOLOGY, 2023, List.of(new ScoreInput("1.1.1",
					ScoreStage.SELF, new BigDecimal("8"), "Báo cáo 5/BC")), "test")).userErrors()).isEmpty();
		}
		assertThat(workflow.submit(new WorkflowStep("T-REM-BO1", METHODOLOGY, 2023, null, List.of(), null))
			.userErrors()).isEmpty();
		assertThat(contacts.set("T-REM-BO1", List.of("bo1@rem.par-monitor.invalid"), null, false).userErrors()).isEmpty();
		assertThat(contacts.set("T-REM-BO2", List.of(BO2_MAIL), null, false).userErrors()).isEmpty();
	}

	@Test
	void theUnitsNotSubmittedAreRemindedOnceBeforeAndOnceAfterTheDueDateAndCountedOverdue() throws Exception {
		department.document(CALENDAR).variable("due", "2023-11-20").execute()
			.path("setAssessmentCalendar.calendar.remindersFrom").entity(String.class).isEqualTo("2023-11-06");
		GraphQlTester.Response before = anonymous.document(PROGRESS).execute();
		before.path("assessmentCalendar.asOf").entity(String.class).isEqualTo("2023-11-10");
		assertThat(pendingOfTheTest(before)).containsExactly("T-REM-BO2", "T-REM-BO3");
		before.path("assessmentCalendar.overdue").entity(Integer.class).isEqualTo(0);

		reminders.remind();
		assertThat(reminders.remind()).as("a reminder already queued is not queued again").isZero();
		deliverAll();
		assertThat(mailsTo("bo1@rem.par-monitor.invalid")).as("the ministry that submitted").isEmpty();
		List<MimeMessage> dueSoon = mailsTo(BO2_MAIL);
		assertThat(dueSoon).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).isEqualTo("[PAR Monitor] Nhắc nộp tự đánh giá / Self-assessment due: Bộ Thử "
					+ "Nhắc 2, T-REM-2023");
			assertThat(((String) mail.getContent()).strip()).contains("Bộ Thử Nhắc 2 chưa nộp kết quả tự đánh giá năm "
					+ "2023 theo bộ chỉ số T-REM-2023. Hạn nộp: 20/11/2023 (còn 10 ngày).")
				.contains("due 2023-11-20 (in 10 days)");
		});

		// The Department moves the due date to 5 November: now they are overdue, and told so once more.
		department.document(CALENDAR).variable("due", "2023-11-05").execute()
			.path("setAssessmentCalendar.userErrors").entityList(Object.class).hasSize(0);
		GraphQlTester.Response after = anonymous.document(PROGRESS).execute();
		after.path("assessmentCalendar.units.edges[?(@.node.unit.code == 'T-REM-BO3')].node.overdue")
			.entityList(Boolean.class).containsExactly(true);
		reminders.remind();
		deliverAll();
		assertThat(mailsTo(BO2_MAIL)).hasSize(2).last().satisfies(mail -> assertThat(mail.getSubject())
			.startsWith("[PAR Monitor] Quá hạn nộp tự đánh giá / Self-assessment overdue: Bộ Thử Nhắc 2"));

		gauges.refresh();
		int overdue = after.path("assessmentCalendar.overdue").entity(Integer.class).get();
		assertThat(meters.get("par.self.assessments").tags("methodology", METHODOLOGY, "year", "2023", "progress",
				"overdue").gauge().value()).isEqualTo(overdue);
		assertThat(overdue).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCalendarWithDatesOutOfOrderOrOutOfTheYearIsRefusedNamingTheField() {
		var refused = department.document("""
				mutation { setAssessmentCalendar(input: { methodologyCode: "T-REM-2023", year: 2023,
				  selfAssessmentDue: "2023-12-01", appraisalDue: "2023-11-01", publicationDue: "2030-01-01",
				  reminderLeadDays: 400 }) { calendar { year } userErrors { field message } } }""").execute();
		refused.path("setAssessmentCalendar.calendar").valueIsNull();
		refused.path("setAssessmentCalendar.userErrors[*].message").entityList(String.class).containsExactly(
				"publicationDue 2030-01-01 must fall between 2023-01-01 and 2024-12-31 (the assessment year and the next)",
				"appraisalDue 2023-11-01 comes before selfAssessmentDue 2023-12-01: the year runs self-assessment, "
						+ "appraisal, publication",
				"reminderLeadDays must be between 0 and 90, got 400");
		Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN).document("""
				mutation { setAssessmentCalendar(input: { methodologyCode: "T-REM-2023", year: 2023,
				  selfAssessmentDue: "2023-12-01" }) { userErrors { message } } }""").execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	/** The test's pending units (the demo's own ministry is expected too, and has recorded nothing). */
	private static List<String> pendingOfTheTest(GraphQlTester.Response progress) {
		return progress.path("assessmentCalendar.units.edges[*].node.unit.code").entityList(String.class).get().stream()
			.filter(code -> code.startsWith("T-REM-"))
			.toList();
	}

	private void deliverAll() {
		while (delivery.deliverDue() > 0) {
			// until nothing due is left
		}
	}

	private List<MimeMessage> mailsTo(String address) throws Exception {
		return Mails.to(greenMail, address);
	}

}
