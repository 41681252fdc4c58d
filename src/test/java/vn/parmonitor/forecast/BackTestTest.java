package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.assessment.CompetitionRanking;
import vn.parmonitor.assessment.RankingService;
import vn.parmonitor.assessment.ScoreStage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-test of README "Back-test": every province's 2022 forecast as it could have been made before the results,
 * against the 2022 results published on 19 April 2023. Twice: on 31 October 2022 (the 2021 results and nothing of
 * 2022: the demo has no KPIs of 2022) and on 15 January 2023 (every province's 2022 self-assessment is in, the
 * appraisal is not). Prints the errors; asserts what a user relies on: more knowledge gives a better forecast, the
 * ranges mean what they say, and the published year itself forecasts exactly.
 */
@ParMonitorIntegrationTest
class BackTestTest {

	static final Instant BEFORE_THE_SELF_ASSESSMENTS = Instant.parse("2022-10-31T00:00:00Z");

	static final Instant BEFORE_THE_APPRAISAL = Instant.parse("2023-01-15T00:00:00Z");

	static final Instant AFTER_THE_PUBLICATION = Instant.parse("2023-05-01T00:00:00Z");

	@Autowired
	ForecastService forecasts;

	@Autowired
	RankingService rankings;

	@Test
	void forecasting2022BeforeItsResultsMissesLessOnceTheSelfAssessmentsAreInAndItsRangesHoldThePublishedValues() {
		Map<String, CompetitionRanking.Ranked> published = rankings.ranking("PROVINCE-2022", 2022, ScoreStage.FINAL)
			.stream()
			.collect(Collectors.toMap(ranked -> ranked.entry().unitCode(), ranked -> ranked));
		assertThat(published).hasSize(63);
		Errors october = errors(published, BEFORE_THE_SELF_ASSESSMENTS);
		Errors january = errors(published, BEFORE_THE_APPRAISAL);
		Errors after = errors(published, AFTER_THE_PUBLICATION);
		System.out.println("Back-test of the 2022 forecast against the 2022 results (63 provinces):");
		System.out.println("  as of 31 Oct 2022: " + october);
		System.out.println("  as of 15 Jan 2023: " + january);
		System.out.println("  as of 1 May 2023:  " + after);

		assertThat(after.indexMae()).as("a published year forecasts its results exactly").isEqualByComparingTo("0");
		assertThat(after.rankMae()).isEqualByComparingTo("0");
		assertThat(january.indexMae()).as("the self-assessments make the forecast better")
			.isLessThan(october.indexMae());
		assertThat(january.rankMae()).isLessThan(october.rankMae());
		assertThat(october.indexCoverage()).as("the October ranges, wide as they are, hold most published indexes")
			.isGreaterThanOrEqualTo(0.8);
		assertThat(january.indexCoverage()).isGreaterThanOrEqualTo(0.8);
		assertThat(january.rankCoverage()).isGreaterThanOrEqualTo(0.8);
		// Lạng Sơn's real fall (87.11% → 81.45%): history alone cannot see it, its self-assessment can.
		assertThat(october.langSon().indexError().abs()).isGreaterThan(january.langSon().indexError().abs());
	}

	private Errors errors(Map<String, CompetitionRanking.Ranked> published, Instant asOf) {
		List<ForecastRequest> requests = published.keySet().stream()
			.map(code -> new ForecastRequest(code, 2022, "PROVINCE-2022", null, false))
			.toList();
		Map<ForecastRequest, IndexForecast> found = forecasts.forecast(requests, asOf);
		List<Miss> misses = new ArrayList<>();
		for (ForecastRequest request : requests) {
			IndexForecast forecast = found.get(request);
			CompetitionRanking.Ranked actual = published.get(request.unitCode());
			misses.add(new Miss(request.unitCode(), forecast.index().likely().subtract(actual.entry().indexPercent()),
					forecast.rank().likely() - actual.rank(),
					within(actual.entry().indexPercent(), forecast.index().low(), forecast.index().high()),
					actual.rank() >= forecast.rank().best() && actual.rank() <= forecast.rank().worst()));
		}
		return new Errors(misses);
	}

	private static boolean within(BigDecimal value, BigDecimal low, BigDecimal high) {
		return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
	}

	record Miss(String unitCode, BigDecimal indexError, int rankError, boolean indexInRange, boolean rankInRange) {
	}

	record Errors(List<Miss> misses) {

		BigDecimal indexMae() {
			return misses.stream().map(miss -> miss.indexError().abs()).reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(misses.size()), 2, RoundingMode.HALF_UP);
		}

		BigDecimal rankMae() {
			return BigDecimal.valueOf(misses.stream().mapToInt(miss -> Math.abs(miss.rankError())).sum())
				.divide(BigDecimal.valueOf(misses.size()), 1, RoundingMode.HALF_UP);
		}

		double indexCoverage() {
			return misses.stream().filter(Miss::indexInRange).count() / (double) misses.size();
		}

		double rankCoverage() {
			return misses.stream().filter(Miss::rankInRange).count() / (double) misses.size();
		}

		Miss langSon() {
			return misses.stream().filter(miss -> miss.unitCode().equals("20")).findFirst().orElseThrow();
		}

		@Override
		public String toString() {
			Miss langSon = langSon();
			return "index mean absolute error " + indexMae() + " points, " + Math.round(indexCoverage() * 100)
					+ "% of the published indexes within the range; rank mean absolute error " + rankMae() + " places, "
					+ Math.round(rankCoverage() * 100) + "% within the range; Lạng Sơn: index " + signed(langSon.indexError())
					+ " points, rank " + (langSon.rankError() >= 0 ? "+" : "") + langSon.rankError() + " places";
		}

		private static String signed(BigDecimal value) {
			return (value.signum() >= 0 ? "+" : "") + value.toPlainString();
		}

	}

}
