package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompetitionRankingTest {

	static CompetitionRanking.Entry entry(String unit, String index) {
		return new CompetitionRanking.Entry(unit, new BigDecimal(index));
	}

	@Test
	void equalIndexesShareARankAndTheNextRankSkips() {
		List<CompetitionRanking.Ranked> ranked = CompetitionRanking.rank(List.of(entry("D", "80.10"), entry("B", "85.5"),
				entry("A", "90.10"), entry("C", "85.50"), entry("E", "79")));
		assertThat(ranked).extracting(r -> r.entry().unitCode()).containsExactly("A", "B", "C", "D", "E");
		assertThat(ranked).extracting(CompetitionRanking.Ranked::rank).containsExactly(1, 2, 2, 4, 5);
		assertThat(ranked).extracting(CompetitionRanking.Ranked::tied).containsExactly(false, true, true, false, false);
	}

	@Test
	void anEmptyRankingIsEmpty() {
		assertThat(CompetitionRanking.rank(List.of())).isEmpty();
	}

}
