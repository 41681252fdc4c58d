package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.TestTrees;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentCalculatorTest {

	static ComponentScore score(String code, String fin, String self) {
		var stages = new java.util.EnumMap<ScoreStage, StageScore>(ScoreStage.class);
		if (fin != null) {
			stages.put(ScoreStage.FINAL, new StageScore(new BigDecimal(fin), null, Instant.EPOCH));
		}
		if (self != null) {
			stages.put(ScoreStage.SELF, new StageScore(new BigDecimal(self), "evidence", Instant.EPOCH));
		}
		return new ComponentScore(code, stages);
	}

	final CriterionTree tree = TestTrees.twoFields();

	final List<ComponentScore> scores = List.of(score("1.1.1", "9.75", "10"), score("1.1.2", "3", null),
			score("2.1.1", "2.5", null), score("2.1.2", "3.1", null));

	@Test
	void sumsComponentsUpTheTreeExactly() {
		AssessmentResult result = AssessmentCalculator.result(tree, scores, ScoreStage.FINAL);
		assertThat(result.points()).isEqualByComparingTo("18.35");
		assertThat(result.indexPercent()).isEqualByComparingTo("91.75");
		assertThat(result.complete()).isTrue();
		NodeTotal field1 = result.node("1");
		assertThat(field1.points()).isEqualByComparingTo("12.75");
		assertThat(field1.indexPercent()).as("12.75 of 13 is published as 98.08").isEqualByComparingTo("98.08");
		assertThat(field1.lostPoints()).isEqualByComparingTo("0.25");
		assertThat(result.node("2.1").points()).isEqualByComparingTo("5.6");
		assertThat(result.node("2.1").indexPercent()).isEqualByComparingTo("80.00");
	}

	@Test
	void anIncompleteStageCountsOnlyWhatWasAssessed() {
		AssessmentResult self = AssessmentCalculator.result(tree, scores, ScoreStage.SELF);
		assertThat(self.points()).isEqualByComparingTo("10");
		assertThat(self.assessedMaximum()).isEqualByComparingTo("10");
		assertThat(self.indexPercent()).isEqualByComparingTo("100.00");
		assertThat(self.complete()).isFalse();
		assertThat(self.node("1").pendingPoints()).isEqualByComparingTo("3");
		assertThat(self.node("2").assessed()).isFalse();
		assertThat(self.node("2").indexPercent()).isNull();
	}

	@Test
	void storedStageTotalsCoverOnlyStagesWithScores() {
		Map<ScoreStage, StageTotal> totals = AssessmentCalculator.stageTotals(tree, scores);
		assertThat(totals).containsOnlyKeys(ScoreStage.SELF, ScoreStage.FINAL);
		assertThat(totals.get(ScoreStage.FINAL).indexPercent()).isEqualByComparingTo("91.75");
		assertThat(totals.get(ScoreStage.FINAL).componentsScored()).isEqualTo(4);
	}

	@Test
	void indexesRoundHalfUpToTwoDecimals() {
		assertThat(Points.indexPercent(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.67");
		assertThat(Points.indexPercent(new BigDecimal("1"), new BigDecimal("8"))).isEqualByComparingTo("12.50");
		assertThat(Points.indexPercent(new BigDecimal("0.00125"), new BigDecimal("1"))).isEqualByComparingTo("0.13");
		assertThat(Points.indexPercent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
		assertThat(Points.shown(new BigDecimal("100.00")).toPlainString()).isEqualTo("100");
		assertThat(Points.shown(new BigDecimal("16.40")).toPlainString()).isEqualTo("16.4");
	}

	@Test
	void groupsFollowThePublishedThresholds() {
		assertThat(IndexGroup.of(new BigDecimal("90.00"))).isEqualTo(IndexGroup.A);
		assertThat(IndexGroup.of(new BigDecimal("89.99"))).isEqualTo(IndexGroup.B);
		assertThat(IndexGroup.of(new BigDecimal("80"))).isEqualTo(IndexGroup.B);
		assertThat(IndexGroup.of(new BigDecimal("79.99"))).isEqualTo(IndexGroup.C);
		assertThat(IndexGroup.of(new BigDecimal("70"))).isEqualTo(IndexGroup.C);
		assertThat(IndexGroup.of(new BigDecimal("69.99"))).isEqualTo(IndexGroup.D);
	}

}
