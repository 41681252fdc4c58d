package vn.parmonitor.indicator;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

	@Test
	void periodKeysNameTheirFirstAndLastDays() {
		assertThat(ReportingPeriod.MONTHLY.parse("2023-02")).contains(new ReportingPeriod.Period("2023-02",
				LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)));
		assertThat(ReportingPeriod.QUARTERLY.parse("2023-Q3")).contains(new ReportingPeriod.Period("2023-Q3",
				LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30)));
		assertThat(ReportingPeriod.HALF_YEARLY.parse("2024-H1").orElseThrow().end()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(ReportingPeriod.YEARLY.parse("2022").orElseThrow().start()).isEqualTo(LocalDate.of(2022, 1, 1));
	}

	@Test
	void keysOfAnotherFormAreRefused() {
		assertThat(ReportingPeriod.MONTHLY.parse("2023-13")).isEmpty();
		assertThat(ReportingPeriod.MONTHLY.parse("2023-Q1")).isEmpty();
		assertThat(ReportingPeriod.QUARTERLY.parse("2023-Q5")).isEmpty();
		assertThat(ReportingPeriod.YEARLY.parse(null)).isEmpty();
	}

}
