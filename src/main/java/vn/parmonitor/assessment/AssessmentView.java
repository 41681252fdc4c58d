package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.system.graphql.NodeObject;

/**
 * GraphQL {@code Assessment}: a stored assessment read at one stage, with every node's total computed from its
 * scores and its methodology's tree. Nothing here reads the store: fields that do (unit, rank, change) are batched
 * by the controllers.
 */
public final class AssessmentView implements NodeObject {

	private final Assessment assessment;

	private final AssessmentResult result;

	private final boolean published;

	private AssessmentView(Assessment assessment, AssessmentResult result, boolean published) {
		this.assessment = assessment;
		this.result = result;
		this.published = published;
	}

	/**
	 * The published result of an assessment ({@link Assessment#published}), at FINAL: what a reader who may not see
	 * the unit's unpublished data sees. Its rank is its place among the published results.
	 */
	public static AssessmentView ofPublished(Assessment published, CriterionTree tree) {
		return new AssessmentView(published, AssessmentCalculator.result(tree, published.scores(), ScoreStage.FINAL),
				true);
	}

	/**
	 * An assessment as a ranking's snapshot holds it: its totals and field totals at {@code stage}, not its scores.
	 * Only what those answer may be read of it (the totals, the fields without their children, the unit, the rank);
	 * the ranking page builds it only for a selection that asks no more ({@code RankingSelection}).
	 */
	static AssessmentView ofTotals(RankingSnapshot.RankedTotal ranked, int year, CriterionTree tree,
			ScoreStage stage, boolean published) {
		Methodology methodology = tree.methodology();
		Assessment totalsOnly = new Assessment(Assessment.idOf(ranked.unitCode(), methodology.code(), year),
				ranked.unitCode(), ranked.parentUnitCode(), methodology.code(), methodology.family(), year, List.of(),
				Map.of(stage, ranked.total()), null, false, null, null, null, null);
		return new AssessmentView(totalsOnly, AssessmentResult.ofFieldTotals(tree, stage, ranked.total()), published);
	}

	/** Whether this is the published result only (ranked among the published results). */
	public boolean published() {
		return published;
	}

	/** The assessment at {@code stage}, or at its latest stage with scores when {@code stage} is null. */
	public static AssessmentView of(Assessment assessment, CriterionTree tree, ScoreStage stage) {
		ScoreStage shown = stage != null ? stage : assessment.latestStage().orElse(ScoreStage.FINAL);
		return new AssessmentView(assessment, AssessmentCalculator.result(tree, assessment.scores(), shown), false);
	}

	public Assessment assessment() {
		return assessment;
	}

	public AssessmentResult result() {
		return result;
	}

	public CriterionTree tree() {
		return result.tree();
	}

	public Methodology methodology() {
		return result.tree().methodology();
	}

	public ScoreStage stage() {
		return result.stage();
	}

	public String unitCode() {
		return assessment.unitCode();
	}

	public int year() {
		return assessment.year();
	}

	public BigDecimal points() {
		return result.componentsScored() == 0 ? null : Points.shown(result.points());
	}

	public BigDecimal maximumPoints() {
		return Points.shown(result.maximum());
	}

	public BigDecimal assessedMaximumPoints() {
		return Points.shown(result.assessedMaximum());
	}

	public BigDecimal indexPercent() {
		return result.indexPercent();
	}

	public IndexGroup group() {
		BigDecimal index = result.indexPercent();
		return index == null ? null : IndexGroup.of(index);
	}

	public boolean complete() {
		return result.complete();
	}

	public int componentsScored() {
		return result.componentsScored();
	}

	public List<ScoreStage> stagesRecorded() {
		return List.copyOf(assessment.totals().keySet());
	}

	@Override
	public String nodeType() {
		return "Assessment";
	}

	@Override
	public String nodeKey() {
		return assessment.id();
	}

}
