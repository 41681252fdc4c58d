package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.parmonitor.plan.Importance;
import vn.parmonitor.plan.Target;
import vn.parmonitor.plan.TargetComparator;
import vn.parmonitor.plan.TargetKind;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressRulesTest {

	static final LocalDate START = LocalDate.of(2023, 1, 1);

	static final LocalDate DEADLINE = LocalDate.of(2023, 12, 31);

	final ProgressRules rules = new ProgressRules(new BigDecimal("0.02"), new BigDecimal("0.15"), 6);

	static Target rate(String baseline, String target, Target.Milestone... milestones) {
		return new Target("T", "P", "rate", TargetKind.INDICATOR, "20", "20", Importance.NORMAL, null, null, null, null,
				"RATE", TargetComparator.AT_LEAST, new BigDecimal(target), new Target.Baseline(new BigDecimal(baseline), START),
				DEADLINE, List.of(milestones), true, null, null);
	}

	static Target rank(int baseline, int target) {
		return new Target("R", "P", "rank", TargetKind.UNIT_RANK, "184", "184", Importance.NORMAL, 2023, null, null, null,
				null, TargetComparator.AT_MOST, BigDecimal.valueOf(target), new Target.Baseline(BigDecimal.valueOf(baseline),
						START), DEADLINE, List.of(), true, null, null);
	}

	/** Monthly values ending on 31 October. */
	static Measurement series(double... values) {
		List<Measurement.TrendPoint> trend = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			LocalDate end = LocalDate.of(2023, 10 - values.length + 1 + i, 1).plusMonths(1).minusDays(1);
			trend.add(new Measurement.TrendPoint(end, BigDecimal.valueOf(values[i])));
		}
		BigDecimal last = trend.get(trend.size() - 1).value();
		return new Measurement(last, trend.get(trend.size() - 1).date(), true, trend, BigDecimal.ZERO,
				BigDecimal.valueOf(100), "RATE", List.of(), null, null, null, null, null);
	}

	static Measurement single(String value, boolean finalValue) {
		BigDecimal actual = new BigDecimal(value);
		return new Measurement(actual, LocalDate.of(2023, 11, 1), finalValue,
				List.of(new Measurement.TrendPoint(LocalDate.of(2023, 11, 1), actual)), BigDecimal.ONE,
				BigDecimal.valueOf(11), null, List.of(), "a", null, null, null, null);
	}

	@Test
	void expectedRunsLinearlyFromTheBaselineToTheTargetThroughMilestones() {
		Target plain = rate("60", "100");
		assertThat(ProgressRules.expected(plain, START)).isEqualByComparingTo("60");
		assertThat(ProgressRules.expected(plain, LocalDate.of(2023, 7, 2))).isEqualByComparingTo("80.00");
		assertThat(ProgressRules.expected(plain, LocalDate.of(2024, 3, 1))).isEqualByComparingTo("100");
		Target staged = rate("60", "100", new Target.Milestone(LocalDate.of(2023, 7, 2), new BigDecimal("90")));
		assertThat(ProgressRules.expected(staged, LocalDate.of(2023, 4, 2))).isEqualByComparingTo("75.00");
		assertThat(ProgressRules.expected(staged, LocalDate.of(2023, 7, 2))).isEqualByComparingTo("90.00");
	}

	@Test
	void theProjectionFollowsTheTrendAndNeverExceedsWhatIsPossible() {
		ProgressRules.Projection steady = rules.project(series(80, 82, 84, 86, 88, 90), DEADLINE);
		assertThat(steady.method()).isEqualTo("LINEAR_TREND");
		assertThat(steady.trendPoints()).isEqualTo(6);
		assertThat(steady.value()).isBetween(new BigDecimal("93.5"), new BigDecimal("94.5"));
		ProgressRules.Projection steep = rules.project(series(60, 70, 80, 90, 95, 99), DEADLINE);
		assertThat(steep.value()).as("no rate above 100%").isEqualByComparingTo("100");
		ProgressRules.Projection one = rules.project(single("7", false), DEADLINE);
		assertThat(one.method()).isEqualTo("CARRIED_FORWARD");
		assertThat(one.value()).isEqualByComparingTo("7");
	}

	@Test
	void behindScheduleAndTrendShortOfTheTargetIsAtRiskOrOffTrack() {
		LocalDate november = LocalDate.of(2023, 11, 10);
		ProgressRules.Outcome lagging = rules.evaluate(rate("69.24", "100"), series(91.6, 92.3, 92.9, 93.0, 93.3, 93.58),
				november);
		assertThat(lagging.status()).isEqualTo(TargetStatus.OFF_TRACK);
		assertThat(lagging.actual()).isEqualByComparingTo("93.58");
		assertThat(lagging.gap()).isEqualByComparingTo("6.42");
		assertThat(lagging.expected()).as("313 of 364 days of the way from 69.24 to 100").isEqualByComparingTo("95.69");
		ProgressRules.Outcome slightly = rules.evaluate(rate("60", "100"), series(84, 86, 88, 90, 92, 93), november);
		assertThat(slightly.status()).isEqualTo(TargetStatus.AT_RISK);
		ProgressRules.Outcome fine = rules.evaluate(rate("60", "100"), series(90, 92, 94, 96, 98, 99), november);
		assertThat(fine.status()).isEqualTo(TargetStatus.ON_TRACK);
	}

	@Test
	void metOnFinalDataIsAchievedOnProvisionalDataOnlyOnTrack() {
		LocalDate november = LocalDate.of(2023, 11, 10);
		assertThat(rules.evaluate(rate("60", "90"), series(91), november).status()).isEqualTo(TargetStatus.ACHIEVED);
		assertThat(rules.evaluate(rank(10, 6), single("5", false), november).status()).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(rules.evaluate(rank(10, 6), single("5", true), november).status()).isEqualTo(TargetStatus.ACHIEVED);
	}

	@Test
	void ranksCountDownwards() {
		ProgressRules.Outcome seventh = rules.evaluate(rank(10, 6), single("7", false), LocalDate.of(2023, 11, 10));
		assertThat(seventh.actualProgress()).isEqualByComparingTo("0.75");
		assertThat(seventh.gap()).isEqualByComparingTo("1");
		assertThat(seventh.status()).isEqualTo(TargetStatus.AT_RISK);
		assertThat(rules.evaluate(rank(10, 6), single("8", false), LocalDate.of(2023, 11, 10)).status())
			.isEqualTo(TargetStatus.OFF_TRACK);
	}

	@Test
	void aMissedDeadlineIsOffTrackAndNoDataIsNoData() {
		assertThat(rules.evaluate(rate("60", "100"), series(99), LocalDate.of(2024, 1, 5)).status())
			.isEqualTo(TargetStatus.OFF_TRACK);
		ProgressRules.Outcome none = rules.evaluate(rate("60", "100"), Measurement.noData("nothing yet"),
				LocalDate.of(2023, 11, 10));
		assertThat(none.status()).isEqualTo(TargetStatus.NO_DATA);
		assertThat(none.explanation()).isEqualTo("nothing yet");
		assertThat(none.expected()).isNotNull();
	}

	@Test
	void aForecastProjectsTheTargetAndAProvisionalValueThatMeetsItDoesNotHideAForecastThatMisses() {
		LocalDate november = LocalDate.of(2023, 11, 10);
		Target index = new Target("I", "P", "index", TargetKind.UNIT_INDEX, "20", "20", Importance.CRITICAL, 2023, null,
				null, null, null, TargetComparator.AT_LEAST, new BigDecimal("85"), new Target.Baseline(new BigDecimal("81.45"),
						START), DEADLINE, List.of(), true, null, null);
		ForecastTrace below = new ForecastTrace(new BigDecimal("80.86"), new BigDecimal("78.58"), new BigDecimal("81.79"),
				null, null, "the forecast index is 80.86 (78.58–81.79)%", null, null);
		ProgressRules.Outcome selfAssessed = rules.evaluate(index, single("86.80", false).projectedBy(below), november);
		assertThat(selfAssessed.projected()).isEqualByComparingTo("80.86");
		assertThat(selfAssessed.projectionMethod()).isEqualTo("FORECAST");
		assertThat(selfAssessed.status()).as("86.80 self-assessed, but 80.86 forecast").isEqualTo(TargetStatus.OFF_TRACK);
		assertThat(selfAssessed.explanation()).contains("the forecast reaches").endsWith("the forecast index is 80.86 (78.58–81.79)%");
		ForecastTrace above = new ForecastTrace(new BigDecimal("86.1"), new BigDecimal("85.2"), new BigDecimal("87"), null,
				null, "the forecast index is 86.1 (85.2–87)%", null, null);
		ForecastTrace reachable = new ForecastTrace(new BigDecimal("82.5"), new BigDecimal("80.1"), new BigDecimal("85.3"),
				null, null, "the forecast index is 82.5 (80.1–85.3)%", null, null);
		assertThat(rules.evaluate(index, single("86.80", false).projectedBy(reachable), november).status())
			.as("82.5 likely misses 85 by far, but the range reaches 85.3").isEqualTo(TargetStatus.AT_RISK);
		ProgressRules.Outcome onCourse = rules.evaluate(index, single("86.80", false).projectedBy(above), november);
		assertThat(onCourse.status()).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(onCourse.explanation()).startsWith("met on provisional data, not yet final; the forecast index is 86.1");
	}

}
