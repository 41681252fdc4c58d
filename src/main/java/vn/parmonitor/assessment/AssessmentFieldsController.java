package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

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
		return byUnitCode(views, AssessmentView::unitCode);
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
		return view.assessment().scores().stream().map(score -> new ComponentScoreView(view.tree(), score)).toList();
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
		return byUnitCode(positions, RankPosition::parentCode);
	}

	@BatchMapping(typeName = "RankingEntry", field = "unit")
	Map<RankingEntry, Unit> rankedUnit(List<RankingEntry> entries) {
		return byUnitCode(entries, RankingEntry::unitCode);
	}

	@SchemaMapping(typeName = "RankingConnection")
	Unit parent(RankingConnection connection) {
		return connection.parentCode() == null ? null : units.find(connection.parentCode()).orElse(null);
	}

	@BatchMapping(typeName = "PointsLostGroup")
	Map<PointsLostGroupView, Unit> agency(List<PointsLostGroupView> groups) {
		return byUnitCode(groups, PointsLostGroupView::agencyCode);
	}

	/** Looks up the unit named by each source in one query; sources that name none are left out. */
	private <S> Map<S, Unit> byUnitCode(List<S> sources, Function<S, String> code) {
		Set<String> codes = new HashSet<>();
		sources.stream().map(code).filter(Objects::nonNull).forEach(codes::add);
		Map<String, Unit> found = units.findAll(codes);
		Map<S, Unit> result = new LinkedHashMap<>();
		for (S source : sources) {
			Unit unit = found.get(code.apply(source));
			if (unit != null) {
				result.put(source, unit);
			}
		}
		return result;
	}

}
