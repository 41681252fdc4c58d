package vn.parmonitor.assessment;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.time.EvaluationTime;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/** GraphQL access to the calendars of the assessment years and who has submitted against them. */
@Controller
class CalendarController {

	private final AssessmentCalendars calendars;

	private final MethodologyService methodologies;

	private final UnitService units;

	private final EvaluationTime time;

	CalendarController(AssessmentCalendars calendars, MethodologyService methodologies, UnitService units,
			EvaluationTime time) {
		this.calendars = calendars;
		this.methodologies = methodologies;
		this.units = units;
		this.time = time;
	}

	@QueryMapping
	CalendarView assessmentCalendar(@Argument String methodologyCode, @Argument int year) {
		return calendars.find(methodologyCode, year).map(this::view).orElse(null);
	}

	@QueryMapping
	List<CalendarView> assessmentCalendars() {
		return calendars.all().stream().map(this::view).toList();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	AssessmentCalendars.CalendarResult setAssessmentCalendar(@Argument CalendarInput input) {
		return calendars.set(input);
	}

	@SchemaMapping(typeName = "SetAssessmentCalendarPayload")
	CalendarView calendar(AssessmentCalendars.CalendarResult result) {
		return result.calendar() == null ? null : view(result.calendar());
	}

	@SchemaMapping(typeName = "SetAssessmentCalendarPayload")
	List<UserError> userErrors(AssessmentCalendars.CalendarResult result) {
		return result.userErrors();
	}

	@BatchMapping(typeName = "AssessmentCalendar")
	Map<CalendarView, Methodology> methodology(List<CalendarView> views) {
		Map<String, Methodology> found = methodologies.findAll(views.stream()
			.map(view -> view.calendar().methodologyCode())
			.toList());
		Map<CalendarView, Methodology> result = new java.util.LinkedHashMap<>();
		views.forEach(view -> result.put(view, found.get(view.calendar().methodologyCode())));
		return result;
	}

	@SchemaMapping(typeName = "AssessmentCalendar")
	PagedConnection<UnitSubmission> units(CalendarView view, @Argument Boolean pendingOnly, @Argument Integer first,
			@Argument String after) {
		List<UnitSubmission> all = view.progress().units();
		List<UnitSubmission> shown = Boolean.TRUE.equals(pendingOnly)
				? all.stream().filter(unit -> !unit.submitted()).toList() : all;
		return Pages.slice(shown, new PageRequest(first, after, null, null));
	}

	@BatchMapping(typeName = "UnitSubmission")
	Map<UnitSubmission, Unit> unit(List<UnitSubmission> submissions) {
		return units.unitsNamedBy(submissions, UnitSubmission::unitCode);
	}

	private CalendarView view(AssessmentCalendar calendar) {
		return new CalendarView(calendar, calendars.progress(calendar, time.today()));
	}

	/** GraphQL {@code AssessmentCalendar}: the calendar with its progress, computed once per response. */
	record CalendarView(AssessmentCalendar calendar, SubmissionProgress progress) {

		public int year() {
			return calendar.year();
		}

		public java.time.LocalDate selfAssessmentDue() {
			return calendar.selfAssessmentDue();
		}

		public java.time.LocalDate appraisalDue() {
			return calendar.appraisalDue();
		}

		public java.time.LocalDate publicationDue() {
			return calendar.publicationDue();
		}

		public int reminderLeadDays() {
			return calendar.reminderLeadDays();
		}

		public java.time.LocalDate remindersFrom() {
			return calendar.remindersFrom();
		}

		public java.time.LocalDate asOf() {
			return progress.asOf();
		}

		public int expected() {
			return progress.units().size();
		}

		public long submitted() {
			return progress.submitted();
		}

		public long pending() {
			return progress.pending();
		}

		public long overdue() {
			return progress.overdue();
		}

	}

}
