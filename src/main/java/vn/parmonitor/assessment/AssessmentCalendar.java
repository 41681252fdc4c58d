package vn.parmonitor.assessment;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dates of one methodology's assessment year, set by the Department: when the units' self-assessments are due,
 * when the council's appraisal and when the publication. Units that have not submitted by
 * {@code selfAssessmentDue - reminderLeadDays} are reminded, and once it has passed they are overdue.
 *
 * @param id {@code <methodology>:<year>}
 * @param reminderLeadDays how many days before the due date the reminders start
 */
@Document("assessment_calendars")
public record AssessmentCalendar(@Id String id, String methodologyCode, int year, LocalDate selfAssessmentDue,
		LocalDate appraisalDue, LocalDate publicationDue, int reminderLeadDays, Instant updatedAt) {

	static String idOf(String methodologyCode, int year) {
		return methodologyCode + ":" + year;
	}

	/** The first day reminders go out. */
	public LocalDate remindersFrom() {
		return selfAssessmentDue.minusDays(reminderLeadDays);
	}

}
