package vn.parmonitor.assessment;

import java.util.List;

/**
 * Who has submitted under one calendar, as of a day: every unit of the methodology's kind that exists on the due
 * date, in code order.
 */
public record SubmissionProgress(AssessmentCalendar calendar, java.time.LocalDate asOf, List<UnitSubmission> units) {

	public long submitted() {
		return units.stream().filter(UnitSubmission::submitted).count();
	}

	public long pending() {
		return units.size() - submitted();
	}

	public long overdue() {
		return units.stream().filter(UnitSubmission::overdue).count();
	}

	/** Whether reminders go out on {@link #asOf}: from the lead time on, for as long as units have not submitted. */
	public boolean remindersDue() {
		return !asOf.isBefore(calendar.remindersFrom());
	}

}
