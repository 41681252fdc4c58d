package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.TestTrees;

import static org.assertj.core.api.Assertions.assertThat;

/** An assessment as it stood at a time: what a forecast or an evaluation of the past may see. */
class AssessmentKnownAtTest {

	static final Instant SELF_DAY = Instant.parse("2022-12-15T00:00:00Z");

	static final Instant PUBLISHED = Instant.parse("2023-04-19T00:00:00Z");

	final CriterionTree tree = TestTrees.twoFields();

	@Test
	void onlyTheStagesRecordedByThenAreSeenWithTheirTotalsAndTime() {
		List<ComponentScore> scores = List.of(
				score("1.1.1", Map.of(ScoreStage.SELF, stage("9", SELF_DAY), ScoreStage.FINAL, stage("8", PUBLISHED))),
				score("1.1.2", Map.of(ScoreStage.FINAL, stage("2", PUBLISHED))),
				score("2.1.1", Map.of(ScoreStage.SELF, stage("3", SELF_DAY), ScoreStage.FINAL, stage("3", PUBLISHED))),
				score("2.1.2", Map.of(ScoreStage.FINAL, stage("3", PUBLISHED))));
		Assessment stored = new Assessment("U:T-2022:2022", "U", null, "T-2022", "TEST", 2022, scores,
				AssessmentCalculator.stageTotals(tree, scores), null, false, 3L, Instant.parse("2024-01-01T00:00:00Z"), null, null);
		assertThat(stored.totals().get(ScoreStage.FINAL).recordedAt()).isEqualTo(PUBLISHED);
		assertThat(stored.totals().get(ScoreStage.FINAL).points()).isEqualByComparingTo("16");

		Assessment january = stored.knownAt(Instant.parse("2023-01-15T00:00:00Z"), tree);
		assertThat(january.latestStage()).contains(ScoreStage.SELF);
		assertThat(january.totals()).containsOnlyKeys(ScoreStage.SELF);
		assertThat(january.totals().get(ScoreStage.SELF).points()).isEqualByComparingTo("12");
		assertThat(january.scores()).extracting(ComponentScore::componentCode).containsExactly("1.1.1", "2.1.1");
		assertThat(january.updatedAt()).as("as it stood: its latest score").isEqualTo(SELF_DAY);

		assertThat(stored.knownAt(PUBLISHED, tree)).as("everything was recorded by then").isSameAs(stored);
		assertThat(stored.knownAt(Instant.parse("2022-06-30T00:00:00Z"), tree)).as("nothing yet").isNull();
	}

	@Test
	void aScoreWithoutARecordingTimeCountsAsKnown() {
		List<ComponentScore> scores = List.of(score("1.1.1", Map.of(ScoreStage.FINAL, stage("8", null))));
		Assessment legacy = new Assessment("U:T-2022:2022", "U", null, "T-2022", "TEST", 2022, scores,
				AssessmentCalculator.stageTotals(tree, scores), null, false, 1L, PUBLISHED, null, null);
		assertThat(legacy.knownAt(Instant.EPOCH, tree)).isSameAs(legacy);
	}

	private static ComponentScore score(String code, Map<ScoreStage, StageScore> stages) {
		return new ComponentScore(code, stages);
	}

	private static StageScore stage(String points, Instant recordedAt) {
		return new StageScore(new BigDecimal(points), null, recordedAt);
	}

}
