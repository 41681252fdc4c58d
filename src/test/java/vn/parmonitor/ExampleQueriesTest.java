package vn.parmonitor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README's example queries in {@code examples/} against the demo data and checks the published figures. */
@ParMonitorIntegrationTest
class ExampleQueriesTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void langSon2022ShowsIndexRankGroupAndEightFields() {
		GraphQlTester.Response response = run("lang-son-2022.graphql");
		response.path("assessment.indexPercent").entity(String.class).isEqualTo("81.45");
		response.path("assessment.points").entity(String.class).isEqualTo("81.45");
		response.path("assessment.rank.rank").entity(Integer.class).isEqualTo(54);
		response.path("assessment.rank.of").entity(Integer.class).isEqualTo(63);
		response.path("assessment.group").entity(String.class).isEqualTo("B");
		response.path("assessment.methodology.sourceDecision").entity(String.class).isEqualTo("876/QĐ-BNV");
		response.path("assessment.change.indexChange").entity(String.class).isEqualTo("-5.66");
		response.path("assessment.change.placesChange").entity(Integer.class).isEqualTo(-31);
		response.path("assessment.change.treesDiffer").entity(Boolean.class).isEqualTo(true);
		response.path("assessment.fields[*].criterion.code")
			.entityList(String.class)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		response.path("assessment.fields[*].maximumPoints")
			.entityList(String.class)
			.containsExactly("9", "9.5", "13", "10.5", "15", "11", "15.5", "16.5");
		response.path("assessment.fields[6].lostPoints").entity(String.class).isEqualTo("4.08");
		List<String> fieldPoints = response.path("assessment.fields[*].points").entityList(String.class).get();
		assertThat(fieldPoints.stream().map(java.math.BigDecimal::new).reduce(java.math.BigDecimal.ZERO,
				java.math.BigDecimal::add)).isEqualByComparingTo("81.45");
	}

	@Test
	void ranking2022ListsTheSixtyThreeProvincesHeadedByQuangNinhThenHaiPhong() {
		GraphQlTester.Response response = run("ranking-2022.graphql");
		response.path("ranking.totalCount").entity(Integer.class).isEqualTo(63);
		response.path("ranking.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<Integer> ranks = response.path("ranking.edges[*].node.rank").entityList(Integer.class).get();
		assertThat(ranks).hasSize(63).isSorted().startsWith(1, 2, 3);
		response.path("ranking.edges[0].node.unit.shortName").entity(String.class).isEqualTo("Quảng Ninh");
		response.path("ranking.edges[0].node.indexPercent").entity(String.class).isEqualTo("90.10");
		response.path("ranking.edges[1].node.unit.shortName").entity(String.class).isEqualTo("Hải Phòng");
		response.path("ranking.edges[1].node.indexPercent").entity(String.class).isEqualTo("90.09");
		response.path("ranking.edges[2].node.unit.shortName").entity(String.class).isEqualTo("Hà Nội");
		response.path("ranking.edges[53].node.unit.code").entity(String.class).isEqualTo("20");
		List<String> groups = response.path("ranking.edges[*].node.group").entityList(String.class).get();
		assertThat(groups.stream().filter("A"::equals)).hasSize(2);
		assertThat(groups.stream().filter("B"::equals)).hasSize(56);
		assertThat(groups.stream().filter("C"::equals)).hasSize(5);
	}

	@Test
	void langSonPointsLost2022ByFieldAndByMethod() {
		GraphQlTester.Response response = run("lang-son-points-lost-2022.graphql");
		response.path("byField.lostPoints").entity(String.class).isEqualTo("18.55");
		response.path("byMethod.lostPoints").entity(String.class).isEqualTo("18.55");
		List<Map<String, Object>> byField = response.path("byField.groups").entityList(Examples.mapType()).get();
		assertThat(byField).hasSize(8);
		assertThat(byField.get(0)).containsEntry("lostPoints", "4.08").containsEntry("maximumPoints", "15.5");
		assertThat(((Map<?, ?>) byField.get(0).get("criterion")).get("code")).isEqualTo("7");
		List<Map<String, Object>> byMethod = response.path("byMethod.groups").entityList(Examples.mapType()).get();
		assertThat(byMethod).anySatisfy(group -> assertThat(group).containsEntry("method", "LEADERS_SURVEY")
			.containsEntry("achievedPoints", "16.4")
			.containsEntry("maximumPoints", "22")
			.containsEntry("lostPoints", "5.6"));
		assertThat(byMethod).extracting(group -> group.get("maximumPoints"))
			.containsExactlyInAnyOrder("61.5", "22", "10", "6.5");
	}

	@Test
	void vanQuan2022RanksTenthOfElevenAmongLangSonDistricts() {
		GraphQlTester.Response response = run("van-quan-2022.graphql");
		response.path("units.edges").entityList(Object.class).hasSize(1);
		response.path("units.edges[0].node.name").entity(String.class).isEqualTo("Huyện Văn Quan");
		response.path("units.edges[0].node.assessment.indexPercent").entity(String.class).isEqualTo("78.50");
		response.path("units.edges[0].node.assessment.group").entity(String.class).isEqualTo("C");
		response.path("units.edges[0].node.assessment.rankInParent.rank").entity(Integer.class).isEqualTo(10);
		response.path("units.edges[0].node.assessment.rankInParent.of").entity(Integer.class).isEqualTo(11);
		response.path("units.edges[0].node.assessment.rankInParent.parent.shortName")
			.entity(String.class)
			.isEqualTo("Lạng Sơn");
	}

	private GraphQlTester.Response run(String example) {
		return Examples.run(graphQl, example);
	}


}
