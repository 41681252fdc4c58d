package vn.parmonitor.assessment;

import vn.parmonitor.methodology.CriterionNodeView;
import vn.parmonitor.methodology.CriterionTree;

/** GraphQL {@code ComponentScore}. Getter-style because {@code final} cannot name a record component. */
public final class ComponentScoreView {

	private final CriterionTree tree;

	private final ComponentScore score;

	private final Assessment assessment;

	ComponentScoreView(CriterionTree tree, ComponentScore score, Assessment assessment) {
		this.tree = tree;
		this.score = score;
		this.assessment = assessment;
	}

	/** The assessment the score belongs to (its history is that assessment's audit entries). */
	public Assessment assessment() {
		return assessment;
	}

	public String componentCode() {
		return score.componentCode();
	}

	public CriterionNodeView getComponent() {
		return new CriterionNodeView(tree, tree.node(score.componentCode()).orElseThrow());
	}

	public StageScoreView getSelf() {
		return StageScoreView.of(score.at(ScoreStage.SELF));
	}

	public StageScoreView getAppraised() {
		return StageScoreView.of(score.at(ScoreStage.APPRAISED));
	}

	public StageScoreView getFinal() {
		return StageScoreView.of(score.at(ScoreStage.FINAL));
	}

	/** GraphQL {@code StageScore}, points shown without trailing zeros. */
	public record StageScoreView(java.math.BigDecimal points, String note, java.time.Instant recordedAt) {

		static StageScoreView of(StageScore score) {
			return score == null ? null : new StageScoreView(Points.shown(score.points()), score.note(), score.recordedAt());
		}

	}

}
