package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.parmonitor.unit.UnitKind;

/** Small criteria trees for unit tests, written as flat node lists. */
public final class TestTrees {

	private TestTrees() {
	}

	public static CriterionDefinition field(String code, String max, String... agencies) {
		return new CriterionDefinition(code, null, "Lĩnh vực " + code, null, NodeLevel.FIELD, new BigDecimal(max), null,
				List.of(agencies), null);
	}

	public static CriterionDefinition criterion(String code, String parent, String max) {
		return new CriterionDefinition(code, parent, "Tiêu chí " + code, null, NodeLevel.CRITERION, new BigDecimal(max),
				null, List.of(), null);
	}

	public static CriterionDefinition component(String code, String parent, String max, AssessmentMethod method,
			String... agencies) {
		return new CriterionDefinition(code, parent, "Thành phần " + code, null, NodeLevel.COMPONENT,
				new BigDecimal(max), method, List.of(agencies), null);
	}

	public static CriterionTree tree(String code, int year, String total, CriterionDefinition... nodes) {
		return CriterionTree.of(new Methodology(code, "TEST", code, null, year, year, UnitKind.PROVINCE, null, null,
				new BigDecimal(total), false, null, new ArrayList<>(List.of(nodes)), Instant.EPOCH, List.of()));
	}

	/**
	 * Two fields: 1 (13 points: 1.1.1 self-assessed 10 by agency A, 1.1.2 leaders' survey 3) and 2 (7 points: 2.1.1
	 * statistics 3 by agency B, 2.1.2 citizens' survey 4).
	 */
	public static CriterionTree twoFields() {
		return tree("T-2022", 2022, "20", field("1", "13", "A"), criterion("1.1", "1", "13"),
				component("1.1.1", "1.1", "10", AssessmentMethod.APPRAISED_SELF_ASSESSMENT),
				component("1.1.2", "1.1", "3", AssessmentMethod.LEADERS_SURVEY), field("2", "7"),
				criterion("2.1", "2", "7"), component("2.1.1", "2.1", "3", AssessmentMethod.STATISTICS, "B"),
				component("2.1.2", "2.1", "4", AssessmentMethod.CITIZENS_SURVEY));
	}

}
