package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.parmonitor.methodology.CriterionTree;

/**
 * A unit's scores under one methodology in one year: one document, so recording a batch of scores is one atomic
 * write. The stage totals are derived from the scores and rewritten with them in that same write.
 *
 * @param id {@code <unit>:<methodology>:<year>}
 * @param parentUnitCode the unit's parent when the scores were recorded (for rankings within a parent)
 * @param family the methodology's family (for year-on-year look-ups)
 * @param sourceNote where the scores come from
 * @param synthetic whether the scores are made up (demo data), not published or recorded
 * @param version optimistic lock: concurrent writers never lose each other's scores
 * @param workflow where the assessment stands in its year; null in documents stored before the workflow existed
 *     (see {@link #state()})
 * @param lastChangeId the audit entry of the latest change ({@link vn.parmonitor.audit.AuditTrail})
 */
@Document("assessments")
@CompoundIndex(name = "ranking", def = "{'methodologyCode': 1, 'year': 1, 'parentUnitCode': 1}")
@CompoundIndex(name = "unit_year", def = "{'unitCode': 1, 'year': -1}")
@CompoundIndex(name = "family_year", def = "{'family': 1, 'year': 1}")
public record Assessment(@Id String id, String unitCode, String parentUnitCode, String methodologyCode, String family,
		int year, List<ComponentScore> scores, Map<ScoreStage, StageTotal> totals, String sourceNote,
		boolean synthetic, @Version Long version, Instant updatedAt, Workflow workflow, String lastChangeId) {

	public Assessment {
		scores = scores == null ? List.of() : List.copyOf(scores);
		EnumMap<ScoreStage, StageTotal> copy = new EnumMap<>(ScoreStage.class);
		if (totals != null) {
			copy.putAll(totals);
		}
		totals = java.util.Collections.unmodifiableMap(copy);
	}

	/**
	 * The workflow state. A document stored before the workflow existed counts as PUBLISHED when it has FINAL
	 * scores (they were entered as published results) and OPEN otherwise.
	 */
	public AssessmentState state() {
		if (workflow != null) {
			return workflow.state();
		}
		return totals.containsKey(ScoreStage.FINAL) ? AssessmentState.PUBLISHED : AssessmentState.OPEN;
	}

	/** The workflow, with that of a document stored before the workflow existed made explicit. */
	public Workflow workflowOrInitial() {
		return workflow != null ? workflow
				: new Workflow(state(), List.of(), List.of(), List.of(),
						state() == AssessmentState.PUBLISHED ? totals.get(ScoreStage.FINAL) : null);
	}

	public static String idOf(String unitCode, String methodologyCode, int year) {
		return unitCode + ":" + methodologyCode + ":" + year;
	}

	/**
	 * The assessment as it stood at {@code time}: only the stage scores recorded by then (a score without a time counts
	 * as known), with the totals of those and {@code updatedAt} at the latest of them; null when nothing was recorded
	 * by then. Forecasts and evaluations as of a past time read assessments this way, so that a result published
	 * later does not leak into them.
	 */
	public Assessment knownAt(Instant time, CriterionTree tree) {
		if (scores.stream().allMatch(score -> score.stages().values().stream().allMatch(s -> knownAt(s, time)))) {
			return this;
		}
		List<ComponentScore> kept = new ArrayList<>();
		Instant latest = null;
		for (ComponentScore score : scores) {
			Map<ScoreStage, StageScore> known = new EnumMap<>(ScoreStage.class);
			for (Map.Entry<ScoreStage, StageScore> stage : score.stages().entrySet()) {
				if (knownAt(stage.getValue(), time)) {
					known.put(stage.getKey(), stage.getValue());
					Instant recorded = stage.getValue().recordedAt();
					if (recorded != null && (latest == null || recorded.isAfter(latest))) {
						latest = recorded;
					}
				}
			}
			if (!known.isEmpty()) {
				kept.add(new ComponentScore(score.componentCode(), known));
			}
		}
		if (kept.isEmpty()) {
			return null;
		}
		return new Assessment(id, unitCode, parentUnitCode, methodologyCode, family, year, kept,
				AssessmentCalculator.stageTotals(tree, kept), sourceNote, synthetic, version, latest, workflow, lastChangeId);
	}

	/**
	 * What anyone may read of this assessment: its FINAL scores as last published (the current ones while it is
	 * PUBLISHED; those of its latest publication while it is reopened), without the workflow's internals
	 * (transitions, the council's comments); null when it was never published.
	 */
	public Assessment published(CriterionTree tree) {
		List<ComponentScore> finals = new ArrayList<>();
		if (state() == AssessmentState.PUBLISHED) {
			scores.stream().filter(score -> score.at(ScoreStage.FINAL) != null).forEach(score -> finals
				.add(new ComponentScore(score.componentCode(), Map.of(ScoreStage.FINAL, score.at(ScoreStage.FINAL)))));
		}
		else {
			Publication latest = workflowOrInitial().latestPublication();
			if (latest == null) {
				return null;
			}
			latest.finalScores().forEach(score -> finals.add(new ComponentScore(score.componentCode(),
					Map.of(ScoreStage.FINAL, new StageScore(score.points(), null, latest.publishedAt())))));
		}
		Workflow all = workflowOrInitial();
		Workflow shown = new Workflow(all.state(), List.of(), List.of(), all.publications(), all.published());
		Map<ScoreStage, StageTotal> finalTotals = AssessmentCalculator.stageTotals(tree, finals);
		return new Assessment(id, unitCode, parentUnitCode, methodologyCode, family, year, finals, finalTotals,
				sourceNote, synthetic, version, updatedAt, shown, lastChangeId);
	}

	/** This assessment with another workflow and the audit entry of the change that gave it. */
	Assessment changed(Workflow newWorkflow, String changeId) {
		return new Assessment(id, unitCode, parentUnitCode, methodologyCode, family, year, scores, totals, sourceNote,
				synthetic, version, updatedAt, newWorkflow, changeId);
	}

	/** This assessment with other scores (totals recomputed), e.g. FINAL scores taken from APPRAISED at publication. */
	Assessment withScores(List<ComponentScore> newScores, CriterionTree tree, Instant at) {
		return new Assessment(id, unitCode, parentUnitCode, methodologyCode, family, year, newScores,
				AssessmentCalculator.stageTotals(tree, newScores), sourceNote, synthetic, version, at, workflow,
				lastChangeId);
	}

	private static boolean knownAt(StageScore score, Instant time) {
		return score.recordedAt() == null || !score.recordedAt().isAfter(time);
	}

	/** The most advanced stage with at least one score, or empty when nothing is scored yet. */
	public Optional<ScoreStage> latestStage() {
		for (int i = ScoreStage.values().length - 1; i >= 0; i--) {
			ScoreStage stage = ScoreStage.values()[i];
			if (totals.containsKey(stage)) {
				return Optional.of(stage);
			}
		}
		return Optional.empty();
	}

}
