package vn.parmonitor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.audit.FieldChange;
import vn.parmonitor.assessment.evidence.EvidenceStore;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.methodology.MethodologyUsage;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Records component scores. A batch belongs to one assessment document and is written in one atomic replace,
 * guarded by the document's version: concurrent writers retry on the fresh document instead of overwriting it. Scores
 * are taken only in their stage's window of the workflow ({@link AssessmentState}), and every batch that changes
 * something leaves its audit entry, values before and after.
 */
@Service
public class AssessmentService implements MethodologyUsage {

	private static final int MAX_ATTEMPTS = 5;

	private final AssessmentRepository repository;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final AuditTrail audit;

	private final EvidenceStore evidence;

	private final RankingSnapshots rankings;

	private final Clock clock;

	AssessmentService(AssessmentRepository repository, UnitService units, MethodologyService methodologies,
			AuditTrail audit, EvidenceStore evidence, RankingSnapshots rankings, Optional<Clock> clock) {
		this.evidence = evidence;
		this.rankings = rankings;
		this.repository = repository;
		this.audit = audit;
		this.units = units;
		this.methodologies = methodologies;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Records a batch all or nothing, as the caller of the request, within the windows of the workflow; input paths
	 * in errors start with {@code input} (and {@code scores/<i>}).
	 */
	public RecordScoresResult record(ScoreBatch batch) {
		return record(batch, false, true, false, Actor.current());
	}

	/**
	 * The problems {@link #record} would refuse the batch for (the scores, then the workflow's windows), with the paths
	 * of the batch form ({@code input.scores.<i>.<field>}); nothing is stored. The spreadsheet import checks its rows
	 * with this, so that a file and a mutation are held to the same rules and messages.
	 */
	public List<UserError> validate(ScoreBatch batch) {
		Unit unit = units.find(batch.unitCode()).orElse(null);
		Methodology methodology = methodologies.find(batch.methodologyCode()).orElse(null);
		List<UserError> errors = ScoreValidator.validate(batch, unit, methodology, List.of("input"), false,
				componentsWithEvidence(batch));
		if (!errors.isEmpty()) {
			return errors;
		}
		return ScoreWindows.check(repository.findById(Assessment.idOf(unit.key(), methodology.code(), batch.year()))
			.orElse(null), batch, false);
	}

	/** How many of the batch's scores differ from what is stored (points or note), as {@link #record} counts them. */
	public int changedScores(ScoreBatch batch) {
		Assessment current = repository.findById(Assessment.idOf(batch.unitCode(), batch.methodologyCode(), batch.year()))
			.orElse(null);
		int changed = 0;
		for (ScoreInput input : batch.scores()) {
			StageScore was = current == null ? null : current.scores().stream()
				.filter(score -> score.componentCode().equals(input.componentCode())).findFirst()
				.map(score -> score.at(input.stage())).orElse(null);
			changed += was != null && sameScore(was, input) ? 0 : 1;
		}
		return changed;
	}

	private static boolean sameScore(StageScore was, ScoreInput input) {
		String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
		return was.points().compareTo(input.points()) == 0 && java.util.Objects.equals(was.note(), note);
	}

	/** Records one score; its errors name the fields of the single input directly. */
	public RecordScoresResult recordOne(ScoreBatch batch) {
		return record(batch, true, true, false, Actor.current());
	}

	/**
	 * Loads scores of a finished year from another record (the demo's published years), whatever the state of the
	 * workflow. Audited like any change.
	 */
	public RecordScoresResult load(ScoreBatch batch, Actor actor) {
		return record(batch, false, false, false, actor);
	}

	/**
	 * Loads the scores of a year published elsewhere (the demo's results, the Ministry's tables) and publishes them,
	 * in one write with one audit entry ({@code SCORES_LOADED_AS_PUBLISHED}); the batch must complete every component.
	 */
	public RecordScoresResult loadPublished(ScoreBatch batch, Actor actor) {
		return record(batch, false, false, true, actor);
	}

	private RecordScoresResult record(ScoreBatch batch, boolean single, boolean withinWindows, boolean publish,
			Actor actor) {
		Unit unit = units.find(batch.unitCode()).orElse(null);
		Methodology methodology = methodologies.find(batch.methodologyCode()).orElse(null);
		List<UserError> errors = ScoreValidator.validate(batch, unit, methodology, List.of("input"), single,
				componentsWithEvidence(batch));
		if (!errors.isEmpty()) {
			return new RecordScoresResult(null, errors);
		}
		CriterionTree tree = CriterionTree.of(methodology);
		String id = Assessment.idOf(unit.key(), methodology.code(), batch.year());
		for (int attempt = 1;; attempt++) {
			try {
				Assessment current = repository.findById(id).orElse(null);
				if (withinWindows) {
					List<UserError> closed = ScoreWindows.check(current, batch, single);
					if (!closed.isEmpty()) {
						return new RecordScoresResult(null, closed);
					}
				}
				Assessment applied = apply(current, id, unit, tree, batch);
				Assessment next = publish ? AssessmentWorkflow.publishedOnLoad(applied, tree, actor, Instant.now(clock))
						: applied;
				List<FieldChange> changes = new ArrayList<>();
				if (next.state() != (current == null ? AssessmentState.OPEN : current.state())) {
					changes.add(new FieldChange("state", (current == null ? AssessmentState.OPEN : current.state()).name(),
							next.state().name()));
				}
				changes.addAll(ScoreChanges.between(current, next));
				if (current != null && changes.isEmpty()) {
					// The same scores again: nothing changes, nothing is written or audited.
					return new RecordScoresResult(current, List.of());
				}
				AuditDraft draft = new AuditDraft(withinWindows ? "SCORES_RECORDED"
						: publish ? "SCORES_LOADED_AS_PUBLISHED" : "SCORES_LOADED",
						AuditedEntity.ASSESSMENT, id, unit.key(), batch.year(), methodology.code(), changes, null,
						current == null ? null : current.lastChangeId());
				try {
					return audit.write(draft, actor, changeId -> new RecordScoresResult(
							repository.save(next.changed(next.workflow(), changeId)), List.of()));
				}
				finally {
					// Also when the write failed after the document was stored: a needless bump costs one computation.
					rankings.assessmentsChanged(methodology.code(), batch.year());
				}
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Assessment apply(Assessment current, String id, Unit unit, CriterionTree tree, ScoreBatch batch) {
		Instant now = Instant.now(clock);
		Map<String, ComponentScore> scores = new LinkedHashMap<>();
		if (current != null) {
			current.scores().forEach(score -> scores.put(score.componentCode(), score));
		}
		for (ScoreInput input : batch.scores()) {
			ComponentScore score = scores.getOrDefault(input.componentCode(),
					new ComponentScore(input.componentCode(), Map.of()));
			String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
			StageScore was = score.at(input.stage());
			if (was != null && sameScore(was, input)) {
				continue; // the same score again keeps the time it was recorded
			}
			Instant recordedAt = batch.recordedAt().getOrDefault(input.stage(), now);
			scores.put(input.componentCode(), score.with(input.stage(), new StageScore(input.points(), note, recordedAt)));
		}
		// Keep the tree's order, so that stored scores read like the methodology.
		List<ComponentScore> ordered = new ArrayList<>();
		tree.components().forEach(component -> {
			ComponentScore score = scores.get(component.code());
			if (score != null) {
				ordered.add(score);
			}
		});
		String sourceNote = batch.sourceNote() != null && !batch.sourceNote().isBlank() ? batch.sourceNote().strip()
				: current == null ? null : current.sourceNote();
		boolean synthetic = batch.synthetic() || (current != null && current.synthetic());
		// Ranked "under a parent" among the units under the same parent that year, though it may have moved since.
		String parentThatYear = unit.parentOn(java.time.LocalDate.of(batch.year(), 12, 31));
		return new Assessment(id, unit.key(), parentThatYear, tree.methodology().code(),
				tree.methodology().family(), batch.year(), ordered, AssessmentCalculator.stageTotals(tree, ordered),
				sourceNote, synthetic, current == null ? null : current.version(), now,
				current == null ? Workflow.open() : current.workflowOrInitial(),
				current == null ? null : current.lastChangeId());
	}

	/** The components with evidence files, looked up only when a SELF score of the batch comes without a note. */
	private Set<String> componentsWithEvidence(ScoreBatch batch) {
		boolean unexplained = batch.scores() != null && batch.scores().stream().anyMatch(score -> score != null
				&& score.stage() == ScoreStage.SELF && (score.note() == null || score.note().isBlank()));
		if (!unexplained || batch.unitCode() == null || batch.methodologyCode() == null || batch.year() == null) {
			return Set.of();
		}
		return evidence.componentsWithEvidence(Assessment.idOf(batch.unitCode(), batch.methodologyCode(), batch.year()));
	}

	@Override
	public long assessmentCount(String methodologyCode) {
		return repository.countByMethodologyCode(methodologyCode);
	}

}
