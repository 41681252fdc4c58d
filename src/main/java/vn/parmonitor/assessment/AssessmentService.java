package vn.parmonitor.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.methodology.MethodologyUsage;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Records component scores. A batch belongs to one assessment document and is written in one atomic replace,
 * guarded by the document's version: concurrent writers retry on the fresh document instead of overwriting it.
 */
@Service
public class AssessmentService implements MethodologyUsage {

	private static final int MAX_ATTEMPTS = 5;

	private final AssessmentRepository repository;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final Clock clock;

	AssessmentService(AssessmentRepository repository, UnitService units, MethodologyService methodologies,
			Optional<Clock> clock) {
		this.repository = repository;
		this.units = units;
		this.methodologies = methodologies;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records a batch all or nothing; input paths in errors start with {@code input} (and {@code scores/<i>}). */
	public RecordScoresResult record(ScoreBatch batch) {
		return record(batch, false);
	}

	/** Records one score; its errors name the fields of the single input directly. */
	public RecordScoresResult recordOne(ScoreBatch batch) {
		return record(batch, true);
	}

	private RecordScoresResult record(ScoreBatch batch, boolean single) {
		Unit unit = units.find(batch.unitCode()).orElse(null);
		Methodology methodology = methodologies.find(batch.methodologyCode()).orElse(null);
		List<UserError> errors = ScoreValidator.validate(batch, unit, methodology, List.of("input"), single);
		if (!errors.isEmpty()) {
			return new RecordScoresResult(null, errors);
		}
		CriterionTree tree = CriterionTree.of(methodology);
		String id = Assessment.idOf(unit.code(), methodology.code(), batch.year());
		for (int attempt = 1;; attempt++) {
			try {
				Assessment current = repository.findById(id).orElse(null);
				return new RecordScoresResult(repository.save(apply(current, id, unit, tree, batch)), List.of());
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
		return new Assessment(id, unit.code(), unit.parentCode(), tree.methodology().code(),
				tree.methodology().family(), batch.year(), ordered, AssessmentCalculator.stageTotals(tree, ordered),
				sourceNote, synthetic, current == null ? null : current.version(), now);
	}

	@Override
	public long assessmentCount(String methodologyCode) {
		return repository.countByMethodologyCode(methodologyCode);
	}

}
