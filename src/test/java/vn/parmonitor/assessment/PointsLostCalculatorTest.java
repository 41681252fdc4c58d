package vn.parmonitor.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.TestTrees;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parmonitor.assessment.AssessmentCalculatorTest.score;

class PointsLostCalculatorTest {

	final AssessmentResult result = AssessmentCalculator.result(TestTrees.twoFields(), List.of(
			score("1.1.1", "9.75", null), score("1.1.2", "2", null), score("2.1.1", "2.5", null),
			score("2.1.2", "3.1", null)), ScoreStage.FINAL);

	@Test
	void byFieldWorstFirstAddingUpToTheTotalLost() {
		List<PointsLostCalculator.Group> groups = PointsLostCalculator.group(result, PointsLostGrouping.FIELD);
		assertThat(groups).extracting(group -> group.key().id()).containsExactly("2", "1");
		assertThat(groups.get(0).lostPoints()).isEqualByComparingTo("1.4");
		assertThat(groups.get(1).lostPoints()).isEqualByComparingTo("1.25");
		assertThat(groups.get(0).shareOfLostPercent()).isEqualByComparingTo("52.83");
	}

	@Test
	void byMethodShowsEachSurveysPointsOfItsMaximum() {
		List<PointsLostCalculator.Group> groups = PointsLostCalculator.group(result, PointsLostGrouping.ASSESSMENT_METHOD);
		PointsLostCalculator.Group leaders = groups.stream()
			.filter(group -> group.key().method() == AssessmentMethod.LEADERS_SURVEY)
			.findFirst()
			.orElseThrow();
		assertThat(leaders.achievedPoints()).isEqualByComparingTo("2");
		assertThat(leaders.maximumPoints()).isEqualByComparingTo("3");
		assertThat(leaders.indexPercent()).isEqualByComparingTo("66.67");
	}

	@Test
	void byAgencyAttributesEachComponentToItsLeadAgencyInheritedFromAbove() {
		List<PointsLostCalculator.Group> groups = PointsLostCalculator.group(result, PointsLostGrouping.RESPONSIBLE_AGENCY);
		assertThat(groups).extracting(group -> group.key().id()).containsExactly("A", "(unassigned)", "B");
		assertThat(groups.get(0).lostPoints()).isEqualByComparingTo("1.25");
		assertThat(groups.get(0).components()).isEqualTo(2);
		assertThat(groups.get(1).lostPoints()).as("2.1.2 has no agency anywhere above it").isEqualByComparingTo("0.9");
	}

}
