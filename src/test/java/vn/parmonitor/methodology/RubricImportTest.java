package vn.parmonitor.methodology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring rubrics travel with the tree: imported, validated against their indicators, and read back. */
@ParMonitorIntegrationTest
class RubricImportTest {

	private static final String IMPORT = """
			mutation($input: ImportMethodologyInput!) {
			  importMethodology(input: $input) {
			    methodology { code node(code: "1.1.1") { rubric { indicator { code } kind zeroAt fullAt illustrative } } }
			    userErrors { field message code }
			  }
			}""";

	HttpGraphQlTester graphQl;

	@Autowired
	void useAdminToken(HttpGraphQlTester tester) {
		graphQl = Testers.admin(tester);
	}

	@Autowired
	MethodologyService methodologies;

	@Test
	void theDemoTreesCarryTheirIllustrativeRubrics() {
		var rubric = graphQl.document("""
				{ methodology(code: "PROVINCE-2023") { node(code: "7.3.3") { rubric {
				    indicator { code } kind bands { threshold points } otherwise illustrative } } } }""")
			.execute()
			.path("methodology.node.rubric")
			.entity(Map.class)
			.get();
		assertThat(rubric).containsEntry("indicator", Map.of("code", "ONLINE_PAYMENT_RATE"))
			.containsEntry("kind", "BANDS")
			.containsEntry("otherwise", "0")
			.containsEntry("illustrative", true)
			.containsEntry("bands", List.of(Map.of("threshold", "95", "points", "1.5"), Map.of("threshold", "80", "points", "1"),
					Map.of("threshold", "50", "points", "0.5")));
	}

	@Test
	void aComponentWithARubricIsImportedAndReadBack() {
		var result = graphQl.document(IMPORT)
			.variable("input", tree("TEST-RUBRIC-OK", component("1.1.1", "APPRAISED_SELF_ASSESSMENT",
					Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "kind", "LINEAR", "zeroAt", "50", "fullAt", "100"))))
			.execute();
		result.path("importMethodology.userErrors").entityList(Object.class).hasSize(0);
		result.path("importMethodology.methodology.node.rubric").entity(Map.class).isEqualTo(Map.of("indicator",
				Map.of("code", "ONLINE_DOSSIER_RATE"), "kind", "LINEAR", "zeroAt", "50", "fullAt", "100", "illustrative",
				false));
	}

	@Test
	void everyBadRubricIsRefusedNamingItsComponentAndNothingIsStored() {
		List<Map<String, Object>> components = new ArrayList<>();
		components.add(component("1.1.1", "APPRAISED_SELF_ASSESSMENT", Map.of("indicatorCode", "NO_SUCH_INDICATOR", "kind",
				"LINEAR", "zeroAt", "0", "fullAt", "1")));
		components.add(component("1.1.2", "LEADERS_SURVEY", Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "kind",
				"LINEAR", "zeroAt", "50", "fullAt", "100")));
		components.add(component("1.1.3", "STATISTICS", Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "kind", "LINEAR",
				"zeroAt", "100", "fullAt", "50")));
		components.add(component("1.1.4", "STATISTICS", Map.of("indicatorCode", "ONLINE_PAYMENT_RATE", "kind", "BANDS",
				"bands", List.of(Map.of("threshold", "80", "points", "1"), Map.of("threshold", "95", "points", "2")))));
		components.add(component("1.1.5", "STATISTICS", Map.of("indicatorCode", "ONLINE_DOSSIER_RATE", "kind",
				"PROPORTIONAL", "target", "120")));
		components.add(component("1.1.6", "STATISTICS", Map.of("indicatorCode", "CONNECTED_INFORMATION_SYSTEMS", "kind",
				"BANDS", "bands", List.of(Map.of("threshold", "16.5", "points", "1")))));
		var errors = graphQl.document(IMPORT)
			.variable("input", tree("TEST-RUBRIC-BAD", components.toArray(Map[]::new)))
			.execute()
			.path("importMethodology.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message")).containsExactly(
				"component 1.1.1's rubric names indicator NO_SUCH_INDICATOR, which does not exist: create it "
						+ "(upsertIndicator) before the methodology",
				"component 1.1.2 is scored by the LEADERS_SURVEY: its points come from the survey, not from an "
						+ "indicator's value, so it takes no rubric",
				"component 1.1.3's rubric gives the full points at 50 and none at 100: for ONLINE_DOSSIER_RATE, where "
						+ "more is better, fullAt must be above zeroAt",
				"component 1.1.4's band 2: 2 points lie outside 0 to the component's maximum 1",
				"component 1.1.4's bands must run from the best value down: band 2 (95) must be below band 1 (80)",
				"component 1.1.5's rubric target 120 is not a value of ONLINE_DOSSIER_RATE (accepted: 0 to 100)",
				"component 1.1.6's rubric threshold 16.5 is not a whole number, as counts of "
						+ "CONNECTED_INFORMATION_SYSTEMS are");
		assertThat(errors.get(0).get("field")).isEqualTo(List.of("input", "fields", "0", "children", "0", "children",
				"0", "rubric", "indicatorCode"));
		assertThat(errors.get(3).get("field")).isEqualTo(List.of("input", "fields", "0", "children", "0", "children",
				"3", "rubric", "bands", "1", "points"));
		assertThat(methodologies.find("TEST-RUBRIC-BAD")).as("nothing of a refused tree is stored").isEmpty();
	}

	@SafeVarargs
	static Map<String, Object> tree(String code, Map<String, Object>... components) {
		return Map.of("code", code, "name", "Bộ tiêu chí thử", "year", 2023, "unitKind", "DEPARTMENT",
				"totalMaximum", String.valueOf(components.length), "fields", List.of(Map.of("code", "1", "name",
						"Lĩnh vực 1", "maxPoints", String.valueOf(components.length), "children", List.of(Map.of("code",
								"1.1", "name", "Tiêu chí 1.1", "maxPoints", String.valueOf(components.length), "children",
								List.of(components))))));
	}

	static Map<String, Object> component(String code, String method, Map<String, Object> rubric) {
		Map<String, Object> component = new LinkedHashMap<>();
		component.put("code", code);
		component.put("name", "TP " + code);
		component.put("maxPoints", "1");
		component.put("method", method);
		component.put("rubric", rubric);
		return component;
	}

}
