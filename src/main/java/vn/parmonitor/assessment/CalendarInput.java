package vn.parmonitor.assessment;

import java.time.LocalDate;

/** The dates of a methodology's year to set (GraphQL {@code AssessmentCalendarInput}). */
public record CalendarInput(String methodologyCode, Integer year, LocalDate selfAssessmentDue, LocalDate appraisalDue,
		LocalDate publicationDue, Integer reminderLeadDays) {
}
