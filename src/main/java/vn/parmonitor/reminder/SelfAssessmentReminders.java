package vn.parmonitor.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.parmonitor.alerting.UnitReminders;
import vn.parmonitor.assessment.AssessmentCalendar;
import vn.parmonitor.assessment.AssessmentCalendars;
import vn.parmonitor.assessment.SubmissionProgress;
import vn.parmonitor.assessment.UnitSubmission;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Reminds the units that have not submitted their self-assessment: once when the reminders start
 * ({@code reminderLeadDays} before the due date) and once when the due date has passed, through the outbox, to the
 * unit's contacts (or those of the unit above it). Judged at the evaluation time, as the targets are.
 */
@Component
public class SelfAssessmentReminders {

	private static final Logger log = LoggerFactory.getLogger(SelfAssessmentReminders.class);

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AssessmentCalendars calendars;

	private final UnitReminders reminders;

	private final UnitService units;

	private final EvaluationTime time;

	private final Counter dueSoon;

	private final Counter overdue;

	SelfAssessmentReminders(AssessmentCalendars calendars, UnitReminders reminders, UnitService units,
			EvaluationTime time, MeterRegistry registry) {
		this.calendars = calendars;
		this.reminders = reminders;
		this.units = units;
		this.time = time;
		this.dueSoon = queued(registry, "due_soon");
		this.overdue = queued(registry, "overdue");
	}

	private static Counter queued(MeterRegistry registry, String kind) {
		return Counter.builder("par.reminders.queued")
			.description("Self-assessment reminders queued in the outbox, by kind (before or after the due date)")
			.tag("kind", kind)
			.register(registry);
	}

	/** Queues the reminders due today; returns how many notifications were newly queued. */
	public int remind() {
		LocalDate today = time.today();
		int queued = 0;
		for (AssessmentCalendar calendar : calendars.all()) {
			SubmissionProgress progress = calendars.progress(calendar, today);
			if (!progress.remindersDue() || progress.pending() == 0) {
				continue;
			}
			List<UnitSubmission> pending = progress.units().stream().filter(unit -> !unit.submitted()).toList();
			Map<String, Unit> named = units.findAll(pending.stream().map(UnitSubmission::unitCode).toList());
			List<UnitReminders.Reminder> due = new ArrayList<>();
			for (UnitSubmission unit : pending) {
				due.add(reminder(calendar, unit, named.get(unit.unitCode()), today));
			}
			UnitReminders.Queued result = reminders.queue(due);
			int newly = result.queued();
			(today.isAfter(calendar.selfAssessmentDue()) ? overdue : dueSoon).increment(newly);
			if (newly > 0) {
				log.info("{} units have not submitted their self-assessment under {} {} (due {}): {} reminders queued",
						pending.size(), calendar.methodologyCode(), calendar.year(), calendar.selfAssessmentDue(), newly);
			}
			if (!result.unreachable().isEmpty()) {
				log.warn("{} units not submitted under {} {} cannot be reminded: neither they nor any unit above them has "
						+ "contacts (setUnitContacts): {}", result.unreachable().size(), calendar.methodologyCode(),
						calendar.year(), result.unreachable());
			}
			queued += newly;
		}
		return queued;
	}

	private static UnitReminders.Reminder reminder(AssessmentCalendar calendar, UnitSubmission unit, Unit named,
			LocalDate today) {
		boolean late = unit.overdue();
		LocalDate due = calendar.selfAssessmentDue();
		long days = Math.abs(ChronoUnit.DAYS.between(today, due));
		String name = named == null ? unit.unitCode() : named.name();
		String key = "self-assessment:" + calendar.methodologyCode() + ":" + calendar.year() + ":" + unit.unitCode()
				+ ":" + (late ? "overdue" : "due-" + due);
		String subject = (late ? "[PAR Monitor] Quá hạn nộp tự đánh giá / Self-assessment overdue: "
				: "[PAR Monitor] Nhắc nộp tự đánh giá / Self-assessment due: ") + name + ", " + calendar.methodologyCode();
		String vietnamese = name + " chưa nộp kết quả tự đánh giá năm " + calendar.year() + " theo bộ chỉ số "
				+ calendar.methodologyCode() + ". Hạn nộp: " + due.format(VIETNAMESE_DATE)
				+ (late ? " (đã quá hạn " + days + " ngày)." : " (còn " + days + " ngày).");
		String english = name + " has not submitted its " + calendar.year() + " self-assessment under "
				+ calendar.methodologyCode() + ", due " + due + (late ? " (" + days + " days ago)." : " (in " + days
						+ " days).") + " Score every self-assessed component with its evidence, then submit it "
						+ "(submitAssessment).";
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("kind", late ? "SELF_ASSESSMENT_OVERDUE" : "SELF_ASSESSMENT_DUE");
		payload.put("unitCode", unit.unitCode());
		payload.put("unitName", name);
		payload.put("methodologyCode", calendar.methodologyCode());
		payload.put("year", calendar.year());
		payload.put("selfAssessmentDue", due.toString());
		payload.put("state", unit.state() == null ? null : unit.state().name());
		payload.put("asOf", today.toString());
		return new UnitReminders.Reminder(key, unit.unitCode(), subject, vietnamese + "\n\n" + english, payload);
	}

}
