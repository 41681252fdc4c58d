package vn.parmonitor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.audit.FieldChange;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * Moves an assessment through its year: the unit submits, the council returns or appraises, the Department
 * publishes and may reopen. A transition and what it does to the scores (publication takes the appraised scores as
 * FINAL where none is recorded) are one atomic write of the assessment document, with its audit entry. Who may ask
 * for which transition is decided by the mutations ({@code WorkflowController}); what state allows it, here.
 */
@Service
public class AssessmentWorkflow {

	static final int MAX_TEXT = 2000;

	static final int MAX_COMMENTS = 500;

	private static final int MAX_ATTEMPTS = 5;

	private static final int LISTED = 10;

	private final AssessmentRepository repository;

	private final MethodologyService methodologies;

	private final AuditTrail audit;

	private final RankingSnapshots rankings;

	private final Clock clock;

	AssessmentWorkflow(AssessmentRepository repository, MethodologyService methodologies, AuditTrail audit,
			RankingSnapshots rankings, Optional<Clock> clock) {
		this.repository = repository;
		this.rankings = rankings;
		this.methodologies = methodologies;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The unit hands in its self-assessment: every self-assessed component needs a SELF score. */
	public WorkflowResult submit(WorkflowStep step) {
		return transition(step, Move.SUBMIT, Actor.current());
	}

	/** The council sends the self-assessment back, with a reason and comments per component. */
	public WorkflowResult returnForChanges(WorkflowStep step) {
		return transition(step, Move.RETURN, Actor.current());
	}

	/** The council closes its appraisal: every self-scored component needs an APPRAISED score. */
	public WorkflowResult appraise(WorkflowStep step) {
		return transition(step, Move.APPRAISE, Actor.current());
	}

	/** The Department publishes: FINAL scores for every component (appraised ones taken over), then locked. */
	public WorkflowResult publish(WorkflowStep step) {
		return transition(step, Move.PUBLISH, Actor.current());
	}

	/** The Department reopens a later state, with a reason; a publication reopened stays on record. */
	public WorkflowResult reopen(WorkflowStep step) {
		return transition(step, Move.REOPEN, Actor.current());
	}

	/** Publishes a finished year loaded from another record (the demo's published results), by {@code actor}. */
	public WorkflowResult loadPublished(String unitCode, String methodologyCode, int year, Actor actor) {
		return transition(new WorkflowStep(unitCode, methodologyCode, year, "loaded as published", List.of(), null),
				Move.LOAD_PUBLISHED, actor);
	}

	/**
	 * A loaded year made published in the same write as its scores ({@link AssessmentService#loadPublished}): the
	 * appraised scores taken as FINAL where none is recorded, the publication on record.
	 * @throws IllegalArgumentException when a component lacks a FINAL score: loaded results must be complete
	 */
	static Assessment publishedOnLoad(Assessment loaded, CriterionTree tree, Actor actor, Instant now) {
		if (loaded.state() == AssessmentState.PUBLISHED) {
			return loaded;
		}
		Assessment next = withAppraisedAsFinal(loaded, tree, now);
		List<UserError> unmet = preconditions(Move.LOAD_PUBLISHED, next, tree, loaded);
		if (!unmet.isEmpty()) {
			throw new IllegalArgumentException(unmet.get(0).message());
		}
		WorkflowTransition transition = new WorkflowTransition(loaded.state(), AssessmentState.PUBLISHED, now, actor,
				"loaded as published");
		Workflow workflow = loaded.workflowOrInitial()
			.published(transition, publication(next, now, actor), next.totals().get(ScoreStage.FINAL));
		return next.changed(workflow, loaded.lastChangeId());
	}

	private WorkflowResult transition(WorkflowStep step, Move move, Actor actor) {
		List<UserError> errors = new ArrayList<>();
		Methodology methodology = step.methodologyCode() == null ? null
				: methodologies.find(step.methodologyCode()).orElse(null);
		checkInput(step, move, methodology, errors);
		if (!errors.isEmpty()) {
			return WorkflowResult.refused(errors);
		}
		CriterionTree tree = CriterionTree.of(methodology);
		checkComments(step, tree, errors);
		if (!errors.isEmpty()) {
			return WorkflowResult.refused(errors);
		}
		String id = Assessment.idOf(step.unitCode(), methodology.code(), step.year());
		for (int attempt = 1;; attempt++) {
			Assessment current = repository.findById(id).orElse(null);
			if (current == null) {
				return WorkflowResult.refused(List.of(error(List.of("unitCode"), "unit " + step.unitCode()
						+ " has no assessment under " + methodology.code() + " in " + step.year()
						+ ": its self-assessment starts with its first score (recordComponentScores)",
						UserErrorCode.NOT_FOUND)));
			}
			AssessmentState from = current.state();
			AssessmentState to = move == Move.REOPEN
					? (step.toState() == null ? AssessmentState.APPRAISED : step.toState()) : move.to;
			String refusal = move.refusal(from, to);
			if (refusal != null) {
				return WorkflowResult.refused(List.of(error(List.of(move == Move.REOPEN && step.toState() != null
						? "toState" : "unitCode"), "the assessment of unit " + step.unitCode() + " under "
								+ methodology.code() + " in " + step.year() + " is " + from + ": " + refusal,
						UserErrorCode.CONFLICT)));
			}
			Instant now = Instant.now(clock);
			Assessment next = current;
			if (move == Move.PUBLISH || move == Move.LOAD_PUBLISHED) {
				next = withAppraisedAsFinal(current, tree, now);
			}
			List<UserError> unmet = preconditions(move, next, tree, current);
			if (!unmet.isEmpty()) {
				return WorkflowResult.refused(unmet);
			}
			WorkflowTransition transition = new WorkflowTransition(from, to, now, actor, text(step.reason()));
			Workflow workflow = switch (move) {
				case PUBLISH, LOAD_PUBLISHED -> current.workflowOrInitial()
					.published(transition, publication(next, now, actor), next.totals().get(ScoreStage.FINAL));
				case REOPEN -> current.workflowOrInitial().reopened(transition);
				case RETURN -> current.workflowOrInitial().moved(transition, step.comments());
				case SUBMIT, APPRAISE -> current.workflowOrInitial().moved(transition,
						current.workflowOrInitial().returnComments());
			};
			List<FieldChange> changes = new ArrayList<>();
			changes.add(new FieldChange("state", from.name(), to.name()));
			changes.addAll(commentChanges(current.workflowOrInitial().returnComments(), workflow.returnComments()));
			changes.addAll(ScoreChanges.between(current, next));
			Assessment changed = next;
			try {
				return audit.write(new AuditDraft(move.action, AuditedEntity.ASSESSMENT, id, current.unitCode(),
						current.year(), current.methodologyCode(), changes, text(step.reason()), current.lastChangeId()),
						actor, changeId -> new WorkflowResult(repository.save(changed.changed(workflow, changeId)),
								List.of()));
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
			finally {
				// Also when the write failed after the document was stored: a needless bump costs one computation.
				rankings.assessmentsChanged(current.methodologyCode(), current.year());
			}
		}
	}

	private static void checkInput(WorkflowStep step, Move move, Methodology methodology, List<UserError> errors) {
		if (step.unitCode() == null || step.unitCode().isBlank()) {
			errors.add(error(List.of("unitCode"), "give the unit's code", UserErrorCode.REQUIRED));
		}
		if (step.methodologyCode() == null || step.methodologyCode().isBlank()) {
			errors.add(error(List.of("methodologyCode"), "give the methodology's code", UserErrorCode.REQUIRED));
		}
		else if (methodology == null) {
			errors.add(error(List.of("methodologyCode"), "methodology " + step.methodologyCode() + " does not exist",
					UserErrorCode.NOT_FOUND));
		}
		if (step.year() == null) {
			errors.add(error(List.of("year"), "give the assessment year", UserErrorCode.REQUIRED));
		}
		else if (methodology != null && !methodology.appliesTo(step.year())) {
			errors.add(error(List.of("year"), "methodology " + methodology.code() + " applies to years "
					+ methodology.year() + " to " + methodology.lastYear() + ", not to " + step.year(),
					UserErrorCode.OUT_OF_RANGE));
		}
		if (move.needsReason && (step.reason() == null || step.reason().isBlank())) {
			errors.add(error(List.of("reason"), move.reasonHint, UserErrorCode.REQUIRED));
		}
		if (step.reason() != null && step.reason().length() > MAX_TEXT) {
			errors.add(error(List.of("reason"), "a reason holds at most " + MAX_TEXT + " characters, got "
					+ step.reason().length(), UserErrorCode.TOO_MANY));
		}
		if (move != Move.RETURN && !step.comments().isEmpty()) {
			errors.add(error(List.of("comments"), "comments go with a return (returnAssessment) only",
					UserErrorCode.INVALID));
		}
		if (step.toState() == AssessmentState.RETURNED || step.toState() == AssessmentState.PUBLISHED) {
			errors.add(error(List.of("toState"), "an assessment is reopened to OPEN, SUBMITTED or APPRAISED, not "
					+ step.toState(), UserErrorCode.INVALID));
		}
	}

	private static void checkComments(WorkflowStep step, CriterionTree tree, List<UserError> errors) {
		if (step.comments().size() > MAX_COMMENTS) {
			errors.add(error(List.of("comments"), "a return holds at most " + MAX_COMMENTS + " comments, got "
					+ step.comments().size(), UserErrorCode.TOO_MANY));
			return;
		}
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < step.comments().size(); i++) {
			ReturnComment comment = step.comments().get(i);
			String index = String.valueOf(i);
			Optional<CriterionDefinition> node = comment.componentCode() == null ? Optional.empty()
					: tree.node(comment.componentCode());
			if (node.isEmpty() || node.get().level() != vn.parmonitor.methodology.NodeLevel.COMPONENT) {
				errors.add(error(List.of("comments", index, "componentCode"), "component " + comment.componentCode()
						+ " does not exist in " + tree.methodology().code(), UserErrorCode.NOT_FOUND));
			}
			else if (!seen.add(comment.componentCode())) {
				errors.add(error(List.of("comments", index, "componentCode"), "component " + comment.componentCode()
						+ " has more than one comment", UserErrorCode.DUPLICATE));
			}
			if (comment.comment() == null || comment.comment().isBlank()) {
				errors.add(error(List.of("comments", index, "comment"), "say what the unit should change in "
						+ comment.componentCode(), UserErrorCode.REQUIRED));
			}
			else if (comment.comment().length() > MAX_TEXT) {
				errors.add(error(List.of("comments", index, "comment"), "a comment holds at most " + MAX_TEXT
						+ " characters, got " + comment.comment().length(), UserErrorCode.TOO_MANY));
			}
		}
	}

	/** What the scores must hold before the move, with the components that lack it named. */
	private static List<UserError> preconditions(Move move, Assessment next, CriterionTree tree, Assessment current) {
		Map<String, ComponentScore> scores = new LinkedHashMap<>();
		next.scores().forEach(score -> scores.put(score.componentCode(), score));
		List<String> missing = new ArrayList<>();
		String what;
		switch (move) {
			case SUBMIT -> {
				tree.components().stream()
					.filter(component -> component.method().selfScored())
					.filter(component -> scores.get(component.code()) == null
							|| scores.get(component.code()).at(ScoreStage.SELF) == null)
					.forEach(component -> missing.add(component.code()));
				what = "self-assessed component(s) without a SELF score";
			}
			case APPRAISE -> {
				next.scores().stream()
					.filter(score -> score.at(ScoreStage.SELF) != null && score.at(ScoreStage.APPRAISED) == null)
					.forEach(score -> missing.add(score.componentCode()));
				what = "self-assessed component(s) without an APPRAISED score (the council accepts or cuts each)";
			}
			case PUBLISH, LOAD_PUBLISHED -> {
				tree.components().stream()
					.filter(component -> scores.get(component.code()) == null
							|| scores.get(component.code()).at(ScoreStage.FINAL) == null)
					.forEach(component -> missing.add(component.code()));
				what = "component(s) without a FINAL or APPRAISED score (surveys and statistics are recorded as FINAL)";
			}
			default -> {
				return List.of();
			}
		}
		if (missing.isEmpty()) {
			return List.of();
		}
		String listed = String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
				+ (missing.size() > LISTED ? ", …" : "");
		return List.of(error(List.of("unitCode"), "the assessment of unit " + current.unitCode() + " under "
				+ current.methodologyCode() + " in " + current.year() + " cannot be " + move.done + ": "
				+ missing.size() + " " + what + ": " + listed, UserErrorCode.REQUIRED));
	}

	/** Publication takes each appraised score as FINAL where the Department recorded no FINAL score. */
	private static Assessment withAppraisedAsFinal(Assessment current, CriterionTree tree, Instant now) {
		boolean taken = false;
		List<ComponentScore> scores = new ArrayList<>();
		for (ComponentScore score : current.scores()) {
			StageScore appraised = score.at(ScoreStage.APPRAISED);
			if (appraised != null && score.at(ScoreStage.FINAL) == null) {
				score = score.with(ScoreStage.FINAL, new StageScore(appraised.points(), "as appraised", now));
				taken = true;
			}
			scores.add(score);
		}
		return taken ? current.withScores(scores, tree, now) : current;
	}

	private static Publication publication(Assessment published, Instant now, Actor actor) {
		StageTotal total = published.totals().get(ScoreStage.FINAL);
		List<Publication.PublishedScore> points = published.scores().stream()
			.map(score -> new Publication.PublishedScore(score.componentCode(), score.at(ScoreStage.FINAL).points()))
			.toList();
		Instant at = total.recordedAt() != null && total.recordedAt().isBefore(now) ? total.recordedAt() : now;
		return new Publication(at, actor, total.points(), total.indexPercent(), points, null, null, null);
	}

	private static List<FieldChange> commentChanges(List<ReturnComment> before, List<ReturnComment> after) {
		Map<String, String> old = new LinkedHashMap<>();
		before.forEach(comment -> old.put(comment.componentCode(), comment.comment()));
		List<FieldChange> changes = new ArrayList<>();
		for (ReturnComment comment : after) {
			String was = old.remove(comment.componentCode());
			if (!comment.comment().equals(was)) {
				changes.add(new FieldChange("returnComments." + comment.componentCode(), was, comment.comment()));
			}
		}
		old.forEach((code, was) -> changes.add(new FieldChange("returnComments." + code, was, null)));
		return changes;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static UserError error(List<String> field, String message, UserErrorCode code) {
		List<String> path = new ArrayList<>(List.of("input"));
		path.addAll(field);
		return new UserError(path, message, code);
	}

	/** The transitions, the states they start from and what they are called in the audit log. */
	private enum Move {

		SUBMIT(AssessmentState.SUBMITTED, EnumSet.of(AssessmentState.OPEN, AssessmentState.RETURNED),
				"ASSESSMENT_SUBMITTED", "submitted", null),
		RETURN(AssessmentState.RETURNED, EnumSet.of(AssessmentState.SUBMITTED), "ASSESSMENT_RETURNED", "returned",
				"say why the self-assessment goes back to the unit"),
		APPRAISE(AssessmentState.APPRAISED, EnumSet.of(AssessmentState.SUBMITTED), "ASSESSMENT_APPRAISED", "appraised",
				null),
		PUBLISH(AssessmentState.PUBLISHED, EnumSet.of(AssessmentState.APPRAISED), "ASSESSMENT_PUBLISHED", "published",
				null),
		REOPEN(null, EnumSet.of(AssessmentState.SUBMITTED, AssessmentState.APPRAISED, AssessmentState.PUBLISHED),
				"ASSESSMENT_REOPENED", "reopened", "say why the assessment is reopened: it undoes a "
						+ "submission, an appraisal or a publication"),
		LOAD_PUBLISHED(AssessmentState.PUBLISHED, EnumSet.complementOf(EnumSet.of(AssessmentState.PUBLISHED)),
				"ASSESSMENT_LOADED_AS_PUBLISHED", "published", null);

		final AssessmentState to;

		final Set<AssessmentState> from;

		final String action;

		final String done;

		final boolean needsReason;

		final String reasonHint;

		Move(AssessmentState to, Set<AssessmentState> from, String action, String done, String reasonHint) {
			this.to = to;
			this.from = from;
			this.action = action;
			this.done = done;
			this.needsReason = reasonHint != null;
			this.reasonHint = reasonHint;
		}

		/** Why the move cannot start from {@code state}, or null when it can. */
		String refusal(AssessmentState state, AssessmentState target) {
			if (!from.contains(state)) {
				return "it can be " + done + " only while " + String.join(" or ", from.stream().map(Enum::name).toList())
						+ switch (state) {
							case PUBLISHED -> "; a published result changes only after an ADMIN reopens it";
							case SUBMITTED -> "; it waits for the council";
							case APPRAISED -> "; it waits for the Department's publication";
							case OPEN, RETURNED -> "; the unit has not submitted it";
						};
			}
			if (this == REOPEN && target.ordinal() >= state.ordinal()) {
				return "reopening goes back to an earlier state (OPEN, SUBMITTED or APPRAISED before " + state
						+ "), not to " + target;
			}
			return null;
		}

	}

}
