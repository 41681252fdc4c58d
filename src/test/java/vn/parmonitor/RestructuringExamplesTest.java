package vn.parmonitor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples of the 2025 restructuring and the published years (issue 10): the new Bắc Ninh and its
 * predecessors, the 2024 ranking of 63, Lạng Sơn 2018–2024. Published figures from par_results.csv.
 */
@ParMonitorIntegrationTest
class RestructuringExamplesTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theNewBacNinhShowsItsPredecessorsAndTheir2024Results() {
		GraphQlTester.Response response = run("bac-ninh-lineage.graphql");
		response.path("bacNinh.key").entity(String.class).isEqualTo("24_2025-07-01");
		response.path("bacNinh.validFrom").entity(String.class).isEqualTo("2025-07-01");
		assertThat(response.path("bacNinh.lineage[*].predecessor.name").entityList(String.class).get())
			.containsExactlyInAnyOrder("Tỉnh Bắc Giang", "Tỉnh Bắc Ninh");
		assertThat(response.path("bacNinh.lineage[*].kind").entityList(String.class).get()).containsOnly("MERGED_INTO");
		List<Map<String, Object>> results = response.path("bacNinh.publishedResults").entityList(Examples.mapType()).get();
		assertThat(results).extracting(result -> (Object) ((Map<?, ?>) result.get("unit")).get("key"))
			.containsExactly("24", "27");
		assertThat(results).allSatisfy(result -> {
			assertThat(result).containsEntry("year", 2024).containsEntry("ofPredecessor", true);
			assertThat(((Map<?, ?>) result.get("rank")).get("of")).isEqualTo(63);
		});
		response.path("before.name").entity(String.class).isEqualTo("Tỉnh Bắc Giang");
		response.path("before.successor.key").entity(String.class).isEqualTo("24_2025-07-01");
	}

	@Test
	void the2024RankingHoldsTheSixtyThreeOldProvincesWithThePublishedRowsExact() {
		GraphQlTester.Response response = run("ranking-2024.graphql");
		response.path("ranking.totalCount").entity(Integer.class).isEqualTo(63);
		List<Map<String, Object>> rows = response.path("ranking.edges[*].node").entityList(Examples.mapType()).get();
		Map<String, Map<String, Object>> byCode = new java.util.HashMap<>();
		rows.forEach(row -> byCode.put((String) ((Map<?, ?>) row.get("unit")).get("code"), row));
		// par_results.csv, 2024: Hải Phòng 96.17 first, Bà Rịa - Vũng Tàu 2nd, Hà Nội 3rd, Đồng Nai 90.69 8th, Sơn La
		// 12th, Cao Bằng last.
		assertThat(byCode.get("31")).containsEntry("rank", 1).containsEntry("indexPercent", "96.17");
		assertThat(byCode.get("77")).containsEntry("rank", 2);
		assertThat(byCode.get("01")).containsEntry("rank", 3);
		assertThat(byCode.get("75")).containsEntry("rank", 8).containsEntry("indexPercent", "90.69");
		assertThat(byCode.get("14")).containsEntry("rank", 12);
		assertThat(byCode.get("04")).containsEntry("rank", 63);
		assertThat(((Map<?, ?>) byCode.get("31").get("assessment")).get("synthetic")).isEqualTo(false);
		// The published group counts of 2024: A 13, B 50; the national average 88.37.
		assertThat(rows.stream().filter(row -> row.get("group").equals("A"))).hasSize(13);
		assertThat(rows.stream().filter(row -> row.get("group").equals("B"))).hasSize(50);
		java.math.BigDecimal sum = rows.stream().map(row -> new java.math.BigDecimal((String) row.get("indexPercent")))
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(sum.divide(java.math.BigDecimal.valueOf(63), 2, java.math.RoundingMode.HALF_UP))
			.isEqualByComparingTo("88.37");
		// Every one of them ceased or continued after 2024: none of the 23 provinces formed in 2025 is ranked.
		assertThat(rows).noneMatch(row -> ((String) ((Map<?, ?>) row.get("unit")).get("key")).contains("_"));
	}

	@Test
	void langSonFrom2018To2024WithTheMethodologyChangesSaid() {
		GraphQlTester.Response response = run("lang-son-history.graphql");
		List<Map<String, Object>> history = response.path("unit.publishedResults").entityList(Examples.mapType()).get();
		assertThat(history).extracting(result -> (Object) result.get("year"))
			.containsExactly(2024, 2023, 2022, 2021, 2020, 2019, 2018);
		Map<Integer, Map<String, Object>> byYear = new java.util.HashMap<>();
		history.forEach(result -> byYear.put((Integer) result.get("year"), result));
		// Published: 2018 77.25, rank 26; 2021 87.11, rank 23; 2022 81.45, rank 54 (of 63).
		assertThat(byYear.get(2018)).containsEntry("indexPercent", "77.25").containsEntry("rank",
				Map.of("rank", 26, "of", 63));
		assertThat(byYear.get(2021)).containsEntry("indexPercent", "87.11").containsEntry("rank",
				Map.of("rank", 23, "of", 63));
		assertThat(byYear.get(2022)).containsEntry("indexPercent", "81.45").containsEntry("rank",
				Map.of("rank", 54, "of", 63));
		assertThat(((Map<?, ?>) byYear.get(2018).get("methodology")).get("sourceDecision")).isEqualTo("2948/QĐ-BNV");
		// The tree changed in 2020 (from the 2017–2019 set's 41 criteria and 96 components) and in 2022; not in 2019.
		assertThat((String) byYear.get(2020).get("methodologyNote")).startsWith("scored on PROVINCE-2020 (8 fields, "
				+ "37 criteria, 88 components), the result before on PROVINCE-2019 (8 fields, 41 criteria, 96 "
				+ "components): not a like-for-like comparison");
		assertThat((String) byYear.get(2022).get("methodologyNote")).contains("not a like-for-like comparison");
		assertThat(byYear.get(2019).get("methodologyNote")).isNull();
		assertThat(byYear.get(2024).get("methodologyNote")).isNull();
		// Like for like: 2020 against 2019 through PROVINCE-2020's crosswalk, 2022 against 2021 on the components both
		// trees have (all 88, 7.3.1 and 7.3.2 compared as shares of their changed maxima).
		response.path("unit.publishedResults[4].assessment.change.likeForLike").entity(Map.class).satisfies(change -> {
			assertThat(change).containsEntry("basis", "CROSSWALK").containsEntry("crosswalkFrom", "PROVINCE-2019")
				.containsEntry("comparableMaximumPoints", "100").containsEntry("currentIndexPercent", "83.94")
				.containsEntry("notCompared", List.of());
			assertThat((List<?>) change.get("fields")).hasSize(8);
		});
		response.path("unit.publishedResults[2].assessment.change.likeForLike").entity(Map.class).satisfies(change -> {
			assertThat(change).containsEntry("basis", "SAME_CODES").containsEntry("currentIndexPercent", "81.45")
				.containsEntry("previousIndexPercent", "87.06").containsEntry("indexChange", "-5.61");
		});
		List<Map<String, Object>> blocks = response.path("y2018.byMethod").entityList(Examples.mapType()).get();
		Map<Object, Object> achieved = new java.util.HashMap<>();
		blocks.forEach(block -> achieved.put(block.get("key"), block.get("achievedPoints")));
		assertThat(achieved).isEqualTo(Map.of("APPRAISED_SELF_ASSESSMENT", "47.75", "CITIZENS_SURVEY", "9.15",
				"LEADERS_SURVEY", "16.85", "STATISTICS", "3.5"));
	}

	private GraphQlTester.Response run(String example) {
		return Examples.run(graphQl, example);
	}


}
