package vn.parmonitor.methodology;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

@ParMonitorIntegrationTest
class MethodologyImportTest {

	private static final String IMPORT = """
			mutation($input: ImportMethodologyInput!) {
			  importMethodology(input: $input) {
			    methodology { code family totalMaximum counts { fields criteria components }
			      node(code: "1.1.2") { maximumPoints method responsibleAgencies { code } parent { code } } }
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

	static Map<String, Object> tree(String code, String componentMax) {
		return Map.of("code", code, "name", "Bộ tiêu chí thử", "year", 2022, "unitKind", "DEPARTMENT",
				"totalMaximum", "10", "fields", List.of(Map.of("code", "1", "name", "Lĩnh vực 1", "maxPoints", "10",
						"responsibleUnitCodes", List.of("20-SNV"),
						"children", List.of(Map.of("code", "1.1", "name", "Tiêu chí 1.1", "maxPoints", "10",
								"children", List.of(
										Map.of("code", "1.1.1", "name", "TP 1.1.1", "maxPoints", "4", "method",
												"APPRAISED_SELF_ASSESSMENT"),
										Map.of("code", "1.1.2", "name", "TP 1.1.2", "maxPoints", componentMax, "method",
												"LEADERS_SURVEY")))))));
	}

	@Test
	void aTreeWhoseChildrenDoNotSumIsRefusedNamingTheNodeAndNothingIsStored() {
		var errors = graphQl.document(IMPORT)
			.variable("input", tree("TEST-BAD-SUM", "5.5"))
			.execute()
			.path("importMethodology.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message"))
			.containsExactly("the children of criterion 1.1 sum to 9.5 points but its maxPoints is 10");
		assertThat(errors.get(0).get("field")).isEqualTo(List.of("input", "fields", "0", "children", "0", "maxPoints"));
		assertThat(errors.get(0).get("code")).isEqualTo("SUM_MISMATCH");
		assertThat(methodologies.find("TEST-BAD-SUM")).isEmpty();
	}

	@Test
	void aGoodTreeIsStoredWithInheritedAgenciesAndCounts() {
		var response = graphQl.document(IMPORT).variable("input", tree("TEST-GOOD-2022", "6")).execute();
		response.path("importMethodology.userErrors").entityList(Object.class).hasSize(0);
		response.path("importMethodology.methodology.family").entity(String.class).isEqualTo("TEST-GOOD");
		response.path("importMethodology.methodology.counts.components").entity(Integer.class).isEqualTo(2);
		response.path("importMethodology.methodology.node.maximumPoints").entity(String.class).isEqualTo("6");
		response.path("importMethodology.methodology.node.responsibleAgencies[*].code")
			.entityList(String.class)
			.containsExactly("20-SNV");
		response.path("importMethodology.methodology.node.parent.code").entity(String.class).isEqualTo("1.1");
	}

	@Test
	void unknownAgenciesAndExistingCodesAreRefused() {
		Map<String, Object> input = new java.util.HashMap<>(tree("TEST-DUP-2022", "6"));
		graphQl.document(IMPORT).variable("input", input).execute().path("importMethodology.userErrors")
			.entityList(Object.class).hasSize(0);
		graphQl.document(IMPORT).variable("input", input).execute().path("importMethodology.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("methodology TEST-DUP-2022 already exists; set replace: true to replace it");
		input.put("issuerCode", "NO-SUCH-MINISTRY");
		input.put("replace", true);
		graphQl.document(IMPORT).variable("input", input).execute().path("importMethodology.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("issuer unit NO-SUCH-MINISTRY does not exist");
	}

	@Test
	void theDemoProvincialTreeHasEightFieldsThirtySevenCriteriaEightyEightComponents() {
		var response = graphQl.document("""
				{ methodology(code: "PROVINCE-2022") { totalMaximum illustrative issuer { name } counts { fields criteria components }
				  maximumByMethod { method maximumPoints } fields { code maximumPoints } } }""").execute();
		response.path("methodology.counts.fields").entity(Integer.class).isEqualTo(8);
		response.path("methodology.counts.criteria").entity(Integer.class).isEqualTo(37);
		response.path("methodology.counts.components").entity(Integer.class).isEqualTo(88);
		response.path("methodology.totalMaximum").entity(String.class).isEqualTo("100");
		response.path("methodology.illustrative").entity(Boolean.class).isEqualTo(true);
		response.path("methodology.issuer.name").entity(String.class).isEqualTo("Bộ Nội vụ");
		response.path("methodology.maximumByMethod[*].maximumPoints")
			.entityList(String.class)
			.containsExactly("61.5", "6.5", "22", "10");
		response.path("methodology.fields[*].maximumPoints")
			.entityList(String.class)
			.contains("13", "10.5", "15", "16.5");
	}

}
