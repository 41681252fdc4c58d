package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;

/**
 * Fields of {@code Assessment} and the types around it. Fields that read the store are {@code @BatchMapping}s (one
 * query per request, whatever the number of assessments); the rest compute from the view in memory.
 */
@Controller
class AssessmentFieldsController {

	private final UnitService units;

	private final RankingService rankings;

	private final YearOnYearService yearOnYear;

	AssessmentFieldsController(UnitService units, RankingService rankings, YearOnYearService yearOnYear) {
		this.units = units;
		this.rankings = rankings;
		this.yearOnYear = yearOnYear;
	}

	@BatchMapping(typeName = "Assessment")
	Map<AssessmentView, Unit> unit(List<AssessmentView> views) {
		return units.unitsNamedBy(views, AssessmentView::unitCode);
	}

	@BatchMapping(typeName = "Assessment")
	Map<AssessmentView, RankPosition> rank(List<AssessmentView> views) {
		return rankings.positions(views, false);
	}

	@BatchMapping(typeName = "Assessment")
	Map<AssessmentView, RankPosition> rankInParent(List<AssessmentView> views) {
		return rankings.positions(views, true);
	}

	@BatchMapping(typeName = "Assessment")
	Map<AssessmentView, YearOnYearChange> change(List<AssessmentView> views) {
		return yearOnYear.changes(views);
	}

	@SchemaMapping(typeName = "Assessment")
	List<NodeResultView> fields(AssessmentView view) {
		return NodeResultView.of(view.result(), view.tree().fields());
	}

	@SchemaMapping(typeName = "Assessment")
	List<NodeResultView> nodes(AssessmentView view, @Argument NodeLevel level) {
		return NodeResultView.of(view.result(),
				view.tree().nodes().stream().filter(node -> level == null || node.level() == level).toList());
	}

	@SchemaMapping(typeName = "Assessment")
	NodeResultView node(AssessmentView view, @Argument String code) {
		return view.tree().node(code).map(node -> new NodeResultView(view.result(), view.result().node(node.code())))
			.orElse(null);
	}

	@SchemaMapping(typeName = "Assessment")
	List<ComponentScoreView> scores(AssessmentView view) {
		return view.assessment().scores().stream().map(score -> new ComponentScoreView(view.tree(), score, view.assessment())).toList();
	}

	@SchemaMapping(typeName = "Assessment")
	List<PointsLostGroupView> pointsLost(AssessmentView view, @Argument PointsLostGrouping groupBy) {
		return PointsLostBreakdown.of(view, groupBy).groups();
	}

	@SchemaMapping(typeName = "Assessment")
	String sourceNote(AssessmentView view) {
		return view.assessment().sourceNote();
	}

	@SchemaMapping(typeName = "Assessment")
	boolean synthetic(AssessmentView view) {
		return view.assessment().synthetic();
	}

	@SchemaMapping(typeName = "Assessment")
	Instant updatedAt(AssessmentView view) {
		return view.assessment().updatedAt();
	}

	@BatchMapping(typeName = "RankPosition")
	Map<RankPosition, Unit> parent(List<RankPosition> positions) {
		return units.unitsNamedBy(positions, RankPosition::parentCode);
	}

	@BatchMapping(typeName = "RankingEntry", field = "unit")
	Map<RankingEntry, Unit> rankedUnit(List<RankingEntry> entries) {
		return units.unitsNamedBy(entries, RankingEntry::unitCode);
	}

	@SchemaMapping(typeName = "RankingConnection")
	Unit parent(RankingConnection connection) {
		return connection.parentCode() == null ? null : units.find(connection.parentCode()).orElse(null);
	}

	@BatchMapping(typeName = "PointsLostGroup")
	Map<PointsLostGroupView, Unit> agency(List<PointsLostGroupView> groups) {
		return units.unitsNamedBy(groups, PointsLostGroupView::agencyCode);
	}

}
