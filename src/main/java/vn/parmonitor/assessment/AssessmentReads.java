package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.unit.UnitService;

/**
 * Assessments, rankings and points lost as the caller may see them (the public: published results only; the other
 * stages for those who read unpublished data), with codes read in the year: what the GraphQL queries and the XLSX
 * exports answer alike.
 */
@Component
public class AssessmentReads {

	private final AssessmentReader reader;

	private final RankingService rankings;

	private final AssessmentVisibility visibility;

	private final UnitService units;

	private final YearOnYearService yearOnYear;

	AssessmentReads(AssessmentReader reader, RankingService rankings, AssessmentVisibility visibility,
			UnitService units, YearOnYearService yearOnYear) {
		this.reader = reader;
		this.rankings = rankings;
		this.visibility = visibility;
		this.units = units;
		this.yearOnYear = yearOnYear;
	}

	/**
	 * The assessment's place among those ranked with it whose stage was complete at {@code asOf} (null: now; GraphQL
	 * {@code Assessment.rank}); null when unranked.
	 */
	public RankPosition rank(AssessmentView view, Instant asOf) {
		return rankings.positions(List.of(view), false, asOf).get(view);
	}

	/** The change from the year before under the same family (GraphQL {@code Assessment.change}); null without one. */
	public YearOnYearChange change(AssessmentView view) {
		return yearOnYear.changes(List.of(view)).get(view);
	}

	/** A unit's assessment of a year, or null when there is none the caller may read. */
	public AssessmentView assessment(String unitCode, int year, String methodologyCode, ScoreStage stage) {
		return assessment(unitCode, year, methodologyCode, stage, null);
	}

	/** {@link #assessment} as it stood at {@code asOf} (what was recorded by then; null: now). */
	public AssessmentView assessment(String unitCode, int year, String methodologyCode, ScoreStage stage,
			Instant asOf) {
		String key = units.keyInYear(unitCode, year);
		visibility.checkStage(key, stage);
		AssessmentKey assessmentKey = new AssessmentKey(key, year, methodologyCode, stage);
		return visibility.visible(reader.load(List.of(assessmentKey), asOf).get(assessmentKey),
				visibility.entitled(List.of(key)));
	}

	/** Where a unit's assessment lost points, by field, criterion, component, agency or method; null without one. */
	public PointsLostBreakdown pointsLost(String unitCode, int year, String methodologyCode, ScoreStage stage,
			PointsLostGrouping groupBy) {
		AssessmentView view = assessment(unitCode, year, methodologyCode, stage);
		return view == null ? null : PointsLostBreakdown.of(view, groupBy);
	}

	/**
	 * A page of a ranking as the caller may see it.
	 * @param totalsEnough the caller reads no more of each assessment than its totals and field totals (they are then
	 *     answered from the ranking's snapshot, no assessment is read)
	 */
	public RankingConnection ranking(String methodologyCode, int year, String parentCode, ScoreStage stage,
			PageRequest page, boolean totalsEnough) {
		visibility.checkRankingStage(stage);
		String parent = parentCode == null ? null : units.keyInYear(parentCode, year);
		return rankings.page(methodologyCode, year, stage, parent, page, !visibility.seesEveryUnit(), totalsEnough);
	}

}
