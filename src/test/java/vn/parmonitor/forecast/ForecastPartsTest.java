package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast's arithmetic, piece by piece. */
class ForecastPartsTest {

	@Test
	void independentRangesAddAsTheRootOfTheSumOfSquares() {
		Range sum = Range.sum(List.of(range("5", "2", "6"), range("3", "3", "3"), range("1", "0", "5")));
		assertThat(sum.likely()).isEqualByComparingTo("9");
		// below: sqrt(3² + 0 + 1²) = 3.162; above: sqrt(1² + 0 + 4²) = 4.123
		assertThat(sum.rounded(3).low()).isEqualByComparingTo("5.838");
		assertThat(sum.rounded(3).high()).isEqualByComparingTo("13.123");
		assertThat(Range.sum(List.of(Range.exactly(new BigDecimal("81.45")))).certain()).isTrue();
	}

	@Test
	void aYearEndProjectionFollowsTheTrendWithAPredictionInterval() {
		List<YearEndProjection.Point> months = List.of(point("2023-05-31", "80"), point("2023-06-30", "82.1"),
				point("2023-07-31", "83.9"), point("2023-08-31", "86.2"), point("2023-09-30", "87.8"),
				point("2023-10-31", "90.1"));
		YearEndProjection.Projection projection = YearEndProjection.project(months, LocalDate.of(2023, 12, 31),
				BigDecimal.ZERO, BigDecimal.valueOf(100));
		assertThat(projection.method()).isEqualTo("LINEAR_TREND");
		assertThat(projection.observations()).isEqualTo(6);
		assertThat(projection.value().likely().doubleValue()).isBetween(93.8, 94.2);
		assertThat(projection.value().low()).isLessThan(projection.value().likely());
		assertThat(projection.value().high()).isGreaterThan(projection.value().likely());
		YearEndProjection.Projection capped = YearEndProjection.project(List.of(point("2023-09-30", "97"),
				point("2023-10-31", "99.5")), LocalDate.of(2023, 12, 31), BigDecimal.ZERO, BigDecimal.valueOf(100));
		assertThat(capped.value().likely()).isEqualByComparingTo("100");
		assertThat(YearEndProjection.project(List.of(point("2023-12-31", "96.2")), LocalDate.of(2023, 12, 31),
				BigDecimal.ZERO, BigDecimal.valueOf(100)).value()).isEqualTo(Range.exactly(new BigDecimal("96.2")));
		assertThat(YearEndProjection.project(List.of(), LocalDate.of(2023, 12, 31), null, null)).isNull();
	}

	@Test
	void theRankOfACertainIndexAmongPublishedPeersIsExactAndTheCutoffIsTheNthPeer() {
		List<PeerOutlook> peers = List.of(new PeerOutlook("A", new BigDecimal("90"), 0, "PUBLISHED"),
				new PeerOutlook("B", new BigDecimal("85"), 0, "PUBLISHED"),
				new PeerOutlook("C", new BigDecimal("80"), 0, "PUBLISHED"));
		RankForecast rank = RankForecast.simulate("U", 2023, Range.exactly(new BigDecimal("82")), peers, 1.0, null);
		assertThat(rank.likely()).isEqualTo(3);
		assertThat(rank.best()).isEqualTo(3);
		assertThat(rank.worst()).isEqualTo(3);
		assertThat(rank.of()).isEqualTo(4);
		assertThat(rank.cutoff(2)).isEqualTo(new RankForecast.Cutoff(2, new BigDecimal("85"), "B"));
		assertThat(rank.cutoff(4)).as("beyond the peers the rank is assured").isNull();
		assertThat(rank.chanceOfRank(3)).isEqualByComparingTo("1");
		assertThat(rank.chanceOfRank(2)).isEqualByComparingTo("0");
	}

	@Test
	void anUncertainIndexAmongUncertainPeersGivesARankRange() {
		List<PeerOutlook> peers = List.of(new PeerOutlook("A", new BigDecimal("84"), 1.5, "HISTORY"),
				new PeerOutlook("B", new BigDecimal("83"), 1.5, "HISTORY"),
				new PeerOutlook("C", new BigDecimal("82"), 1.5, "HISTORY"));
		RankForecast rank = RankForecast.simulate("U", 2023, new Range(new BigDecimal("83"), new BigDecimal("81"),
				new BigDecimal("85")), peers, 0.5, null);
		assertThat(rank.best()).isLessThan(rank.worst());
		assertThat(rank.likely()).isBetween(rank.best(), rank.worst());
		assertThat(rank.chanceOfRank(4)).isEqualByComparingTo("1");
		assertThat(RankForecast.simulate("U", 2023, new Range(new BigDecimal("83"), new BigDecimal("81"),
				new BigDecimal("85")), peers, 0.5, null)).as("the same data, the same answer").isEqualTo(rank);
	}

	private static Range range(String likely, String low, String high) {
		return new Range(new BigDecimal(likely), new BigDecimal(low), new BigDecimal(high));
	}

	private static YearEndProjection.Point point(String date, String value) {
		return new YearEndProjection.Point(LocalDate.parse(date), new BigDecimal(value));
	}

}
