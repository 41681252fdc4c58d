package vn.parmonitor.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.parmonitor.assessment.ScoreBatch;
import vn.parmonitor.assessment.ScoreInput;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.system.time.VietnamTime;

/**
 * Turns the demo results (a total per unit and year, some published sub-totals) into component scores at every
 * stage: final scores spread by {@link DemoScoreAllocator}; for self-assessed components an appraised score equal
 * to the final one and a self-assessed score at or above it, as provinces tend to rate themselves higher than the
 * appraisal council does.
 */
final class DemoAssessments {

	private DemoAssessments() {
	}

	/**
	 * @param results rows with {@code year, unitCode, indexPercent, indexSource}
	 * @param subtotals rows with {@code year, unitCode, methodologyCode, stage, groupBy, key, points}; the FINAL ones pin
	 *     the final scores
	 * @param stageDates rows with {@code family, year, stage, recordedOn}: when each stage of a year was recorded
	 */
	static List<ScoreBatch> batches(CriterionTree tree, List<Map<String, String>> results,
			List<Map<String, String>> subtotals, List<Map<String, String>> stageDates) {
		Map<ScoreStage, Instant> recorded = stageDates(stageDates, tree.methodology().family(), tree.methodology().year());
		List<ScoreBatch> batches = new ArrayList<>();
		int year = tree.methodology().year();
		for (Map<String, String> row : results) {
			if (Integer.parseInt(row.get("year")) != year) {
				continue;
			}
			String unitCode = row.get("unitCode");
			BigDecimal index = new BigDecimal(row.get("indexPercent"));
			BigDecimal total = index.multiply(tree.methodology().totalMaximum()).movePointLeft(2);
			List<DemoScoreAllocator.Pin> pins = pins(tree, unitCode, ScoreStage.FINAL, subtotals);
			Map<String, BigDecimal> finals = DemoScoreAllocator.allocate(tree, total, pins,
					tree.methodology().code() + "/" + unitCode);
			boolean synthetic = "synthetic".equals(row.get("indexSource"));
			batches.add(new ScoreBatch(unitCode, tree.methodology().code(), year, scores(tree, finals, unitCode),
					sourceNote(row, synthetic), synthetic, recorded));
		}
		return batches;
	}

	/**
	 * Self-assessments in progress: each row's index spread over the self-scored components only (surveys and
	 * statistics come later), as SELF scores with an evidence note.
	 *
	 * @param rows rows with {@code methodologyCode, unitCode, indexPercent, recordedOn, source}
	 */
	static List<ScoreBatch> selfAssessments(CriterionTree tree, List<Map<String, String>> rows,
			List<Map<String, String>> subtotals) {
		List<CriterionDefinition> selfScored = tree.components()
			.stream()
			.filter(component -> component.method().selfScored())
			.toList();
		BigDecimal selfMaximum = selfScored.stream().map(CriterionDefinition::maxPoints).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		String evidence = "Báo cáo tự đánh giá CCHC năm " + tree.methodology().year() + " (minh hoạ / illustrative)";
		List<ScoreBatch> batches = new ArrayList<>();
		for (Map<String, String> row : rows) {
			if (!row.get("methodologyCode").equals(tree.methodology().code())) {
				continue;
			}
			String unitCode = row.get("unitCode");
			BigDecimal total = new BigDecimal(row.get("indexPercent")).multiply(selfMaximum)
				.movePointLeft(2)
				.setScale(2, java.math.RoundingMode.HALF_UP);
			List<DemoScoreAllocator.Pin> pins = pins(tree, unitCode, ScoreStage.SELF, subtotals).stream()
				.map(pin -> new DemoScoreAllocator.Pin(pin.description(), selfScoredOnly(pin.componentCodes(), selfScored),
						pin.points()))
				.toList();
			Map<String, BigDecimal> points = DemoScoreAllocator.allocate(selfScored, total, pins,
					tree.methodology().code() + "/" + unitCode + "/self");
			List<ScoreInput> scores = selfScored.stream()
				.map(component -> new ScoreInput(component.code(), ScoreStage.SELF, points.get(component.code()), evidence))
				.toList();
			batches.add(new ScoreBatch(unitCode, tree.methodology().code(), tree.methodology().year(), scores,
					"Self-assessment in progress (" + row.get("source") + ")", true,
					Map.of(ScoreStage.SELF, startOf(row.get("recordedOn")))));
		}
		return batches;
	}

	/** The time each stage of a family's year was recorded, from the demo's stage dates; every stage must have one. */
	static Map<ScoreStage, Instant> stageDates(List<Map<String, String>> rows, String family, int year) {
		Map<ScoreStage, Instant> dates = new EnumMap<>(ScoreStage.class);
		for (Map<String, String> row : rows) {
			if (row.get("family").equals(family) && Integer.parseInt(row.get("year")) == year) {
				dates.put(ScoreStage.valueOf(row.get("stage")), startOf(row.get("recordedOn")));
			}
		}
		if (dates.size() != ScoreStage.values().length) {
			throw new IllegalStateException("demo/results/stage-dates.csv lacks stages of " + family + " " + year + ": has "
					+ dates.keySet());
		}
		return dates;
	}

	/** The start of a day in Vietnam. */
	private static Instant startOf(String day) {
		return LocalDate.parse(day).atStartOfDay(VietnamTime.ZONE).toInstant();
	}

	private static Set<String> selfScoredOnly(Set<String> codes, List<CriterionDefinition> selfScored) {
		Set<String> kept = new HashSet<>(codes);
		kept.retainAll(selfScored.stream().map(CriterionDefinition::code).toList());
		return kept;
	}

	private static List<DemoScoreAllocator.Pin> pins(CriterionTree tree, String unitCode, ScoreStage stage,
			List<Map<String, String>> subtotals) {
		List<DemoScoreAllocator.Pin> pins = new ArrayList<>();
		for (Map<String, String> row : subtotals) {
			if (!row.get("unitCode").equals(unitCode) || !row.get("methodologyCode").equals(tree.methodology().code())
					|| !row.get("stage").equals(stage.name())) {
				continue;
			}
			Set<String> members = new HashSet<>();
			for (CriterionDefinition component : tree.components()) {
				boolean member = switch (row.get("groupBy")) {
					case "FIELD" -> tree.ancestorAt(component, NodeLevel.FIELD).code().equals(row.get("key"));
					case "ASSESSMENT_METHOD" -> component.method().name().equals(row.get("key"));
					default -> throw new IllegalArgumentException("unknown groupBy " + row.get("groupBy"));
				};
				if (member) {
					members.add(component.code());
				}
			}
			pins.add(new DemoScoreAllocator.Pin(row.get("groupBy") + " " + row.get("key"), members,
					new BigDecimal(row.get("points"))));
		}
		return pins;
	}

	private static List<ScoreInput> scores(CriterionTree tree, Map<String, BigDecimal> finals, String unitCode) {
		List<ScoreInput> scores = new ArrayList<>();
		String evidence = "Tài liệu kiểm chứng: báo cáo kết quả CCHC năm " + tree.methodology().year()
				+ " (minh hoạ / illustrative)";
		for (CriterionDefinition component : tree.components()) {
			BigDecimal fin = finals.get(component.code());
			scores.add(new ScoreInput(component.code(), ScoreStage.FINAL, fin, null));
			if (component.method() == AssessmentMethod.APPRAISED_SELF_ASSESSMENT) {
				scores.add(new ScoreInput(component.code(), ScoreStage.APPRAISED, fin, null));
				scores.add(new ScoreInput(component.code(), ScoreStage.SELF,
						selfAssessed(component, fin, tree.methodology().code() + "/" + unitCode), evidence));
			}
		}
		return scores;
	}

	/** Four components in ten were claimed higher than the council accepted: halfway to the maximum, or in full. */
	private static BigDecimal selfAssessed(CriterionDefinition component, BigDecimal appraised, String seed) {
		double draw = DemoScoreAllocator.unitInterval(seed + "/self/" + component.code());
		if (draw < 0.6) {
			return appraised;
		}
		if (draw < 0.8) {
			return component.maxPoints();
		}
		BigDecimal halfway = appraised.add(component.maxPoints()).divide(BigDecimal.valueOf(2));
		return halfway.setScale(2, java.math.RoundingMode.DOWN);
	}

	private static String sourceNote(Map<String, String> row, boolean synthetic) {
		if (synthetic) {
			return "Synthetic demo data: the index is made up to fit the published places, national average and group"
					+ " counts; component scores are an illustrative breakdown.";
		}
		return "Published index (" + row.get("indexSource") + "); component scores are an illustrative breakdown of"
				+ " the published total.";
	}

}
