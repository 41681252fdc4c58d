package vn.parmonitor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.UnitFilter;
import vn.parmonitor.unit.UnitService;

/** The calendars of the assessment years, and who has submitted against them. */
@Service
public class AssessmentCalendars {

	static final int DEFAULT_LEAD_DAYS = 14;

	static final int MAX_LEAD_DAYS = 90;

	private final MongoTemplate mongo;

	private final MethodologyService methodologies;

	private final UnitService units;

	private final AuditTrail audit;

	private final Clock clock;

	AssessmentCalendars(MongoTemplate mongo, MethodologyService methodologies, UnitService units, AuditTrail audit,
			Optional<Clock> clock) {
		this.mongo = mongo;
		this.methodologies = methodologies;
		this.units = units;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The result of setting a calendar: the calendar, or why it was refused (then nothing changed). */
	public record CalendarResult(AssessmentCalendar calendar, List<UserError> userErrors) {
	}

	/** Sets (or replaces) the dates of a methodology's year, as the caller of the request. */
	public CalendarResult set(CalendarInput input) {
		Methodology methodology = input.methodologyCode() == null ? null
				: methodologies.find(input.methodologyCode()).orElse(null);
		List<UserError> errors = validate(input, methodology);
		if (!errors.isEmpty()) {
			return new CalendarResult(null, errors);
		}
		String id = AssessmentCalendar.idOf(methodology.code(), input.year());
		AssessmentCalendar calendar = new AssessmentCalendar(id, methodology.code(), input.year(),
				input.selfAssessmentDue(), input.appraisalDue(), input.publicationDue(),
				input.reminderLeadDays() == null ? DEFAULT_LEAD_DAYS : input.reminderLeadDays(), Instant.now(clock));
		AssessmentCalendar before = mongo.findById(id, AssessmentCalendar.class);
		AuditDraft draft = audit.draft(AuditedEntity.CALENDAR, id, before, calendar, "CALENDAR_SET", "CALENDAR_CHANGED",
				null, input.year(), Set.of("updatedAt"));
		if (draft == null) {
			return new CalendarResult(before, List.of());
		}
		audit.write(new AuditDraft(draft.action(), draft.entityType(), id, null, input.year(), methodology.code(),
				draft.changes(), null, null), Actor.current(),
				changeId -> mongo.save(audit.stamped(calendar, changeId), AuditedEntity.CALENDAR.collection()));
		return new CalendarResult(calendar, List.of());
	}

	private static List<UserError> validate(CalendarInput input, Methodology methodology) {
		List<UserError> errors = new ArrayList<>();
		if (input.methodologyCode() == null || input.methodologyCode().isBlank()) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "give the methodology's code", "input", "methodologyCode"));
		}
		else if (methodology == null) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "methodology " + input.methodologyCode() + " does not exist",
					"input", "methodologyCode"));
		}
		if (input.year() == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "give the assessment year", "input", "year"));
		}
		else if (methodology != null && !methodology.appliesTo(input.year())) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "methodology " + methodology.code() + " applies to years "
					+ methodology.year() + " to " + methodology.lastYear() + ", not to " + input.year(), "input", "year"));
		}
		if (input.selfAssessmentDue() == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "give the day the self-assessments are due",
					"input", "selfAssessmentDue"));
		}
		if (methodology != null && input.year() != null && methodology.appliesTo(input.year())) {
			LocalDate first = LocalDate.of(input.year(), 1, 1);
			LocalDate last = LocalDate.of(input.year() + 1, 12, 31);
			checkWithin(errors, "selfAssessmentDue", input.selfAssessmentDue(), first, last);
			checkWithin(errors, "appraisalDue", input.appraisalDue(), first, last);
			checkWithin(errors, "publicationDue", input.publicationDue(), first, last);
		}
		checkOrder(errors, "appraisalDue", input.appraisalDue(), "selfAssessmentDue", input.selfAssessmentDue());
		checkOrder(errors, "publicationDue", input.publicationDue(), "appraisalDue",
				input.appraisalDue() != null ? input.appraisalDue() : input.selfAssessmentDue());
		if (input.reminderLeadDays() != null
				&& (input.reminderLeadDays() < 0 || input.reminderLeadDays() > MAX_LEAD_DAYS)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "reminderLeadDays must be between 0 and " + MAX_LEAD_DAYS
					+ ", got " + input.reminderLeadDays(), "input", "reminderLeadDays"));
		}
		return errors;
	}

	private static void checkWithin(List<UserError> errors, String field, LocalDate day, LocalDate first,
			LocalDate last) {
		if (day != null && (day.isBefore(first) || day.isAfter(last))) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, field + " " + day + " must fall between " + first + " and "
					+ last + " (the assessment year and the next)", "input", field));
		}
	}

	private static void checkOrder(List<UserError> errors, String field, LocalDate day, String after,
			LocalDate earlier) {
		if (day != null && earlier != null && day.isBefore(earlier)) {
			errors.add(UserError.of(UserErrorCode.INVALID, field + " " + day + " comes before " + after + " " + earlier
					+ ": the year runs self-assessment, appraisal, publication", "input", field));
		}
	}

	public Optional<AssessmentCalendar> find(String methodologyCode, int year) {
		return Optional.ofNullable(mongo.findById(AssessmentCalendar.idOf(methodologyCode, year),
				AssessmentCalendar.class));
	}

	/** Every calendar, newest year first. */
	public List<AssessmentCalendar> all() {
		return mongo.find(new Query().with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("_id"))),
				AssessmentCalendar.class);
	}

	/**
	 * Who has submitted as of {@code today}: every unit of the methodology's kind existing on the due date, with its
	 * assessment's state (three queries: the methodology, the units, the assessments).
	 */
	public SubmissionProgress progress(AssessmentCalendar calendar, LocalDate today) {
		Methodology methodology = methodologies.find(calendar.methodologyCode()).orElseThrow();
		List<String> expected = units.codes(new UnitFilter(methodology.unitKind(), null, null, null,
				calendar.selfAssessmentDue()));
		Query query = Query.query(Criteria.where("methodologyCode").is(calendar.methodologyCode())
			.and("year").is(calendar.year()));
		query.fields().include("unitCode", "year", "synthetic", "workflow.state", "workflow.transitions", "totals");
		Map<String, Assessment> byUnit = new HashMap<>();
		mongo.find(query, Assessment.class).forEach(assessment -> byUnit.put(assessment.unitCode(), assessment));
		boolean pastDue = today.isAfter(calendar.selfAssessmentDue());
		List<UnitSubmission> submissions = new ArrayList<>();
		for (String unitCode : expected) {
			Assessment assessment = byUnit.get(unitCode);
			AssessmentState state = assessment == null ? null : assessment.state();
			boolean submitted = state == AssessmentState.SUBMITTED || state == AssessmentState.APPRAISED
					|| state == AssessmentState.PUBLISHED;
			Instant submittedAt = assessment == null ? null : assessment.workflowOrInitial().transitions().stream()
				.filter(step -> step.to() == AssessmentState.SUBMITTED)
				.map(WorkflowTransition::at)
				.reduce((first, second) -> second)
				.orElse(null);
			submissions.add(new UnitSubmission(unitCode, state, submittedAt, submitted, !submitted && pastDue));
		}
		return new SubmissionProgress(calendar, today, submissions);
	}

}
