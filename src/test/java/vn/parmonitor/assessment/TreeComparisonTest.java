package vn.parmonitor.assessment;

import org.junit.jupiter.api.Test;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.TestTrees;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parmonitor.methodology.TestTrees.component;
import static vn.parmonitor.methodology.TestTrees.criterion;
import static vn.parmonitor.methodology.TestTrees.field;

class TreeComparisonTest {

	@Test
	void identicalTreesHaveNoDifferences() {
		assertThat(TreeComparison.differences(TestTrees.twoFields(), TestTrees.twoFields())).isEmpty();
	}

	@Test
	void listsChangedMaximaMethodsAndNodesOnlyInOneTree() {
		CriterionTree later = TestTrees.tree("T-2023", 2023, "20", field("1", "13"), criterion("1.1", "1", "13"),
				component("1.1.1", "1.1", "9", AssessmentMethod.APPRAISED_SELF_ASSESSMENT),
				component("1.1.2", "1.1", "4", AssessmentMethod.CITIZENS_SURVEY), field("2", "7"),
				criterion("2.1", "2", "7"), component("2.1.1", "2.1", "3", AssessmentMethod.STATISTICS),
				component("2.1.3", "2.1", "4", AssessmentMethod.CITIZENS_SURVEY));
		assertThat(TreeComparison.differences(TestTrees.twoFields(), later)).containsExactly(
				"component 1.1.1 maximum 10 → 9", "component 1.1.2 maximum 3 → 4",
				"component 1.1.2 method LEADERS_SURVEY → CITIZENS_SURVEY", "component 2.1.2 is only in T-2022",
				"component 2.1.3 is only in T-2023");
	}

}
