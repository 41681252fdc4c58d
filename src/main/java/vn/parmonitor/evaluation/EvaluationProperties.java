package vn.parmonitor.evaluation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When targets are evaluated and by which thresholds (see the README, "Evaluation rules"). The time they are
 * evaluated as of ({@code par.evaluation.as-of}) is {@link vn.parmonitor.system.time.EvaluationTime}'s.
 *
 * @param cron Quartz cron of the scheduled evaluation (default hourly)
 * @param runOnStartup evaluate once right after start-up, so that metrics and alerts are fresh after a deploy
 * @param onTrackTolerance how far progress may fall short (share of the planned change) and still be on track
 * @param offTrackLag how far progress may fall short and still only be at risk; beyond it the target is off track
 * @param trendWindow how many recent observations the projection's linear trend uses
 * @param dataGraceDays days after a reporting period's usual length before an indicator's data counts as missing
 * @param rankMinCoverage share of a ranking's peers that must have scores before a rank is judged
 * @param leaseDuration how long one replica holds the evaluation lease before others may take over
 * @param earliestAsOf the earliest day {@code evaluateTargets(asOf:)} may replay (the first PAR INDEX, 2012, by
 *     default); the latest is now plus {@link #AS_OF_AHEAD}. An evaluation changes real alerts, so a typing slip
 *     (year 1, 9999) must not reach it
 * @param batchSize how many targets a run reads, evaluates and writes at a time (default 2,000): what a run holds in
 *     memory follows it, not the size of the plans (a batch of 5,000 held about 150 MB with its series, evaluations
 *     and alerts, and a national run at -Xmx512m ran out of heap). Each batch reads its targets in one query, which
 *     the embedded store answers by reading the collection of targets
 */
@ConfigurationProperties("par.evaluation")
public record EvaluationProperties(String cron, boolean runOnStartup, BigDecimal onTrackTolerance,
		BigDecimal offTrackLag, int trendWindow, int dataGraceDays, BigDecimal rankMinCoverage,
		Duration leaseDuration, LocalDate earliestAsOf, int batchSize) {

	/** How far ahead of the clock an on-demand evaluation may be made as of: clock skew, not a forecast. */
	public static final Duration AS_OF_AHEAD = Duration.ofDays(1);

	public EvaluationProperties {
		batchSize = batchSize <= 0 ? 2_000 : batchSize;
		earliestAsOf = earliestAsOf == null ? LocalDate.of(2012, 1, 1) : earliestAsOf;
		cron = cron == null || cron.isBlank() ? "0 0 * * * ?" : cron;
		onTrackTolerance = onTrackTolerance == null ? new BigDecimal("0.02") : onTrackTolerance;
		offTrackLag = offTrackLag == null ? new BigDecimal("0.15") : offTrackLag;
		trendWindow = trendWindow <= 1 ? 6 : trendWindow;
		dataGraceDays = dataGraceDays < 0 ? 15 : dataGraceDays;
		rankMinCoverage = rankMinCoverage == null ? new BigDecimal("0.5") : rankMinCoverage;
		leaseDuration = leaseDuration == null ? Duration.ofMinutes(1) : leaseDuration;
	}

}
