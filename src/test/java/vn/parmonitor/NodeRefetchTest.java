package vn.parmonitor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every major type can be refetched by its global id, and a unit's history is one connection away. */
@ParMonitorIntegrationTest
class NodeRefetchTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void unitsMethodologiesCriteriaAndAssessmentsAreRefetchedById() {
		var ids = graphQl.document("""
				{ unit(code: "20") { id }
				  methodology(code: "PROVINCE-2022") { id node(code: "7.3.2") { id } }
				  assessment(unitCode: "20", year: 2022) { id } }""").execute();
		String unitId = ids.path("unit.id").entity(String.class).get();
		String methodologyId = ids.path("methodology.id").entity(String.class).get();
		String criterionId = ids.path("methodology.node.id").entity(String.class).get();
		String assessmentId = ids.path("assessment.id").entity(String.class).get();
		var refetched = graphQl.document("""
				query($u: ID!, $m: ID!, $c: ID!, $a: ID!) {
				  u: node(id: $u) { __typename ... on Unit { code } }
				  m: node(id: $m) { __typename ... on Methodology { code } }
				  c: node(id: $c) { __typename ... on CriterionNode { code responsibleAgencies { code } } }
				  a: node(id: $a) { __typename ... on Assessment { indexPercent unit { code } } }
				  none: node(id: "bm9wZQ") { id }
				}""").variable("u", unitId).variable("m", methodologyId).variable("c", criterionId)
			.variable("a", assessmentId).execute();
		refetched.path("u.__typename").entity(String.class).isEqualTo("Unit");
		refetched.path("u.code").entity(String.class).isEqualTo("20");
		refetched.path("m.code").entity(String.class).isEqualTo("PROVINCE-2022");
		refetched.path("c.__typename").entity(String.class).isEqualTo("CriterionNode");
		refetched.path("c.code").entity(String.class).isEqualTo("7.3.2");
		refetched.path("c.responsibleAgencies[*].code").entityList(String.class).containsExactly("20-TTPVHCC");
		refetched.path("a.__typename").entity(String.class).isEqualTo("Assessment");
		refetched.path("a.indexPercent").entity(String.class).isEqualTo("81.45");
		refetched.path("none").valueIsNull();
	}

	@Test
	void aUnitsAssessmentsAreListedNewestFirst() {
		var response = graphQl
			.document("{ unit(code: \"20\") { assessments { totalCount edges { node { year stage indexPercent } } } } }")
			.execute();
		response.path("unit.assessments.edges[*].node.year").entityList(Integer.class)
			.containsExactly(2024, 2023, 2022, 2021, 2020, 2019, 2018);
		// Today (not the demo's evaluation time) 2023 and 2024 are published: the demo's synthetic 85.49% and 88.22%;
		// 2018's 77.25% and 2022's 81.45% are Lạng Sơn's published results.
		assertThat(response.path("unit.assessments.edges[*].node.stage").entityList(String.class).get())
			.containsOnly("FINAL");
		response.path("unit.assessments.edges[*].node.indexPercent").entityList(String.class)
			.containsExactly("88.22", "85.49", "81.45", "87.11", "83.94", "80.49", "77.25");
	}

}
