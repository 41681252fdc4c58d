package vn.parmonitor.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.parmonitor.assessment.Assessment;
import vn.parmonitor.assessment.ComponentScore;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.assessment.StageScore;
import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionTree;

/**
 * How much of a self-assessment survives the appraisal council: in each earlier year, the appraised points of the
 * self-scored components as a share of their self-assessed points. The unit's own years when it has any; else the
 * years of every unit of the family (pooled); else none is known and up to 15% is assumed to be cut.
 *
 * @param kept the share of the self-assessed points expected to be kept (the mean of the years)
 * @param low the least kept in a year less 2 points (pooled: the 10th percentile), at least 2 points below
 *     {@code kept}
 * @param high the most kept in a year plus 2 points (pooled: the 90th percentile), at least 2 points above it (at
 *     most all)
 * @param years how many years it rests on
 * @param source {@code OWN}, {@code POOLED} or {@code ASSUMED}
 */
record AppraisalCut(BigDecimal kept, BigDecimal low, BigDecimal high, int years, String source) {

	/** A few years never measure the next year's cut to better than this either way. */
	static final BigDecimal MIN_SPREAD = new BigDecimal("0.02");

	static final AppraisalCut ASSUMED = new AppraisalCut(new BigDecimal("0.93"), new BigDecimal("0.85"), BigDecimal.ONE, 0,
			"ASSUMED");

	AppraisalCut {
		low = low.min(kept.subtract(MIN_SPREAD));
		high = high.max(kept.add(MIN_SPREAD)).min(BigDecimal.ONE);
	}

	/** The cut of {@code own} years, or of {@code pooled} ones when the unit has none, or the assumption. */
	static AppraisalCut of(List<Scored> own, List<Scored> pooled) {
		List<BigDecimal> ownShares = shares(own);
		if (!ownShares.isEmpty()) {
			BigDecimal min = ownShares.stream().reduce(BigDecimal::min).orElseThrow();
			BigDecimal max = ownShares.stream().reduce(BigDecimal::max).orElseThrow();
			// A few years' least and most kept do not bound the next year's: its cut is as likely to fall outside
			// them as inside (two years bound a third one time in three), so the range reaches MIN_SPREAD beyond.
			return new AppraisalCut(mean(ownShares), min.subtract(MIN_SPREAD), max.add(MIN_SPREAD), ownShares.size(),
					"OWN");
		}
		List<BigDecimal> pooledShares = shares(pooled);
		if (pooledShares.isEmpty()) {
			return ASSUMED;
		}
		List<BigDecimal> sorted = pooledShares.stream().sorted().toList();
		return new AppraisalCut(mean(sorted), percentile(sorted, 0.1), percentile(sorted, 0.9), sorted.size(), "POOLED");
	}

	/** A sentence naming what it rests on. */
	String describe() {
		return switch (source) {
			case "OWN" -> "its appraisals kept " + percent(kept) + " of its self-assessed points ("
					+ (years == 1 ? "1 year" : years + " years, " + percent(low) + "–" + percent(high)) + ")";
			case "POOLED" -> "it has no appraisal history; appraisals of its peers kept " + percent(kept) + " ("
					+ percent(low) + "–" + percent(high) + ", " + years + " assessments)";
			default -> "no appraisal history: up to 15% is assumed to be cut";
		};
	}

	private static List<BigDecimal> shares(List<Scored> assessments) {
		List<BigDecimal> shares = new ArrayList<>();
		for (Scored scored : assessments) {
			BigDecimal self = BigDecimal.ZERO;
			BigDecimal appraised = BigDecimal.ZERO;
			for (ComponentScore score : scored.assessment().scores()) {
				StageScore s = score.at(ScoreStage.SELF);
				StageScore a = score.at(ScoreStage.APPRAISED);
				boolean selfScored = scored.tree().node(score.componentCode())
					.map(node -> node.method() == AssessmentMethod.APPRAISED_SELF_ASSESSMENT)
					.orElse(false);
				if (s != null && a != null && selfScored) {
					self = self.add(s.points());
					appraised = appraised.add(a.points());
				}
			}
			if (self.signum() > 0) {
				shares.add(appraised.divide(self, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE));
			}
		}
		return shares;
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
	}

	private static BigDecimal percentile(List<BigDecimal> sorted, double p) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * (sorted.size() - 1) + 0.5)));
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
	}

	/** An assessment with its tree. */
	record Scored(Assessment assessment, CriterionTree tree) {
	}

}
