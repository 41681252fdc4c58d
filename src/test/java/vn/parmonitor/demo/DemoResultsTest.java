package vn.parmonitor.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.parmonitor.assessment.CompetitionRanking;
import vn.parmonitor.assessment.IndexGroup;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo results file stays consistent with everything published about 2021 and 2022. */
class DemoResultsTest {

	final List<Map<String, String>> rows = CsvRows.read("demo/results/provinces.csv");

	@ParameterizedTest
	@CsvSource({ "2021, 86.37", "2022, 84.79" })
	void everyProvinceOnceAndTheNationalAverageAsPublished(int year, String average) {
		List<Map<String, String>> ofYear = ofYear(year);
		assertThat(ofYear).hasSize(63);
		assertThat(ofYear).extracting(row -> row.get("unitCode")).doesNotHaveDuplicates();
		BigDecimal sum = ofYear.stream().map(row -> new BigDecimal(row.get("indexPercent"))).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum.divide(BigDecimal.valueOf(63), 2, RoundingMode.HALF_UP)).isEqualByComparingTo(average);
	}

	@ParameterizedTest
	@CsvSource({ "2021", "2022" })
	void rankingTheIndexesReproducesEveryPublishedPlace(int year) {
		List<CompetitionRanking.Ranked> ranked = CompetitionRanking.rank(ofYear(year).stream()
			.map(row -> new CompetitionRanking.Entry(row.get("unitCode"), new BigDecimal(row.get("indexPercent"))))
			.toList());
		assertThat(ranked).noneMatch(CompetitionRanking.Ranked::tied);
		for (Map<String, String> row : ofYear(year)) {
			if (!row.get("publishedRank").isEmpty()) {
				int rank = ranked.stream().filter(r -> r.entry().unitCode().equals(row.get("unitCode"))).findFirst()
					.orElseThrow().rank();
				assertThat(rank).as("%s %s", year, row.get("unitName")).isEqualTo(Integer.parseInt(row.get("publishedRank")));
			}
		}
	}

	@Test
	void the2022GroupCountsAreThePublishedOnes() {
		Map<IndexGroup, Long> groups = ofYear(2022).stream()
			.collect(java.util.stream.Collectors.groupingBy(row -> IndexGroup.of(new BigDecimal(row.get("indexPercent"))),
					java.util.stream.Collectors.counting()));
		assertThat(groups).containsExactlyInAnyOrderEntriesOf(Map.of(IndexGroup.A, 2L, IndexGroup.B, 56L, IndexGroup.C, 5L));
	}

	@Test
	void publishedValuesAreMarkedWithTheirSourceAndTheRestSynthetic() {
		Map<String, String> langSon2022 = ofYear(2022).stream().filter(row -> row.get("unitCode").equals("20")).findFirst().orElseThrow();
		assertThat(langSon2022).containsEntry("indexPercent", "81.45").containsEntry("publishedRank", "54");
		assertThat(langSon2022.get("indexSource")).isNotEqualTo("synthetic");
		assertThat(ofYear(2022).stream().filter(row -> row.get("indexSource").equals("synthetic"))).hasSize(63 - 7);
	}

	private List<Map<String, String>> ofYear(int year) {
		return rows.stream().filter(row -> Integer.parseInt(row.get("year")) == year).toList();
	}

}
