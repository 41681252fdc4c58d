package vn.parmonitor.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.unit.UnitService;

/**
 * Ranks the units scored with the same methodology in the same year. Reads only the stored stage totals (one
 * projected query per scope) and ranks in memory, so a ranking of 63 provinces or 700 communes costs one query.
 */
@Service
public class RankingService {

	private final MongoTemplate mongo;

	private final MethodologyService methodologies;

	private final AssessmentReader reader;

	private final UnitService units;

	private final RankingSnapshots snapshots;

	RankingService(MongoTemplate mongo, MethodologyService methodologies, AssessmentReader reader, UnitService units,
			RankingSnapshots snapshots) {
		this.mongo = mongo;
		this.methodologies = methodologies;
		this.reader = reader;
		this.units = units;
		this.snapshots = snapshots;
	}

	/** The whole ranking of a methodology and year at a stage, best first; one query. */
	public List<CompetitionRanking.Ranked> ranking(String methodologyCode, int year, ScoreStage stage) {
		return rank(new RankingScope(methodologyCode, year, stage, null), null);
	}

	/**
	 * The ranking as it stood at {@code asOf}: only the units whose stage was complete by then (the stage's latest
	 * score recorded by {@code asOf}); null: as it is now.
	 */
	public List<CompetitionRanking.Ranked> ranking(String methodologyCode, int year, ScoreStage stage, Instant asOf) {
		return rank(new RankingScope(methodologyCode, year, stage, null), asOf);
	}

	/**
	 * The published ranking of a methodology and year as it stood at {@code asOf} (null: now): the results the
	 * Department published, at their published totals. A FINAL score recorded but not published (a new unit, a year
	 * under way) is not in it.
	 */
	public List<CompetitionRanking.Ranked> publishedRanking(String methodologyCode, int year, Instant asOf) {
		return rank(new RankingScope(methodologyCode, year, ScoreStage.FINAL, null, true), asOf);
	}

	/** The whole ranking of a scope, best first. */
	List<CompetitionRanking.Ranked> rank(RankingScope scope) {
		return rank(scope, null);
	}

	private List<CompetitionRanking.Ranked> rank(RankingScope scope, Instant asOf) {
		if (asOf == null) {
			return CompetitionRanking.rank(current(scope).stream()
				.map(entry -> new CompetitionRanking.Entry(entry.unitCode(), entry.total().indexPercent()))
				.toList());
		}
		String stageTotal = "totals." + scope.stage().name();
		Criteria criteria = Criteria.where("methodologyCode").is(scope.methodologyCode()).and("year").is(scope.year());
		if (scope.publishedOnly()) {
			// Published through the workflow, or stored before it with FINAL scores (counted as published).
			criteria.orOperator(Criteria.where("workflow.published").exists(true),
					Criteria.where("workflow").exists(false).and("totals.FINAL").exists(true));
		}
		else {
			criteria.and(stageTotal).exists(true);
		}
		if (scope.parentCode() != null) {
			criteria.and("parentUnitCode").is(scope.parentCode());
		}
		if (asOf != null) {
			// Totals stored before their time was kept count as known.
			criteria.andOperator(new Criteria().orOperator(Criteria.where(stageTotal + ".recordedAt").lte(asOf),
					Criteria.where(stageTotal + ".recordedAt").exists(false)));
		}
		Query query = Query.query(criteria);
		query.fields().include("unitCode", "parentUnitCode", stageTotal);
		if (scope.publishedOnly()) {
			query.fields().include("workflow.published").include("workflow.state");
		}
		List<RankingRow> rows = mongo.find(query, RankingRow.class, "assessments");
		Set<String> covered = coveredByTheYear(rows.stream().map(RankingRow::unitCode).toList(), scope.year());
		List<CompetitionRanking.Entry> entries = rows.stream()
			.filter(row -> covered.contains(row.unitCode()))
			.map(row -> new CompetitionRanking.Entry(row.unitCode(), (scope.publishedOnly() ? row.publishedTotal()
					: row.totals().get(scope.stage())).indexPercent()))
			.toList();
		return CompetitionRanking.rank(entries);
	}

	/** The totals of the scope's units as they stand (its snapshot, within the parent if the scope has one). */
	private List<RankingSnapshot.RankedTotal> current(RankingScope scope) {
		List<RankingSnapshot.RankedTotal> all = snapshots.current(scope.methodologyCode(), scope.year(), scope.stage(),
				scope.publishedOnly());
		return scope.parentCode() == null ? all
				: all.stream().filter(entry -> scope.parentCode().equals(entry.parentUnitCode())).toList();
	}

	/**
	 * Of the units scored, those that the year's ranking covers: the units that exist on its last day (issue 10). The
	 * 2024 ranking is among the 63 old provinces, the 2025 one among the 34 new ones. Scores are refused for a unit
	 * that does not exist at the end of their year; this keeps a unit out whose validity was shortened after it was
	 * scored. One query, reading keys and dates.
	 */
	private Set<String> coveredByTheYear(List<String> unitKeys, int year) {
		return units.existingOn(unitKeys, LocalDate.of(year, 12, 31));
	}

	/**
	 * The place of each view among the units of its scope (within its parent when {@code withinParent}); one query
	 * per distinct scope.
	 */
	public Map<AssessmentView, RankPosition> positions(Collection<AssessmentView> views, boolean withinParent) {
		return positions(views, withinParent, null);
	}

	/**
	 * The place of each view among the units of its scope whose stage was complete at {@code asOf} (null: now), the
	 * view itself ranked with its own index; one query per distinct scope.
	 */
	public Map<AssessmentView, RankPosition> positions(Collection<AssessmentView> views, boolean withinParent,
			Instant asOf) {
		Map<RankingScope, List<AssessmentView>> byScope = views.stream()
			.filter(view -> view.indexPercent() != null)
			.filter(view -> !withinParent || view.assessment().parentUnitCode() != null)
			.collect(Collectors.groupingBy(view -> scopeOf(view, withinParent)));
		Map<AssessmentView, RankPosition> positions = new HashMap<>();
		byScope.forEach((scope, members) -> {
			// The stored totals of the others, and the views' own (as they stood at asOf).
			Set<String> own = members.stream().map(AssessmentView::unitCode).collect(Collectors.toSet());
			List<CompetitionRanking.Entry> entries = new ArrayList<>();
			Set<String> inRanking = new HashSet<>();
			rank(scope, asOf).stream().map(CompetitionRanking.Ranked::entry).forEach(entry -> {
				inRanking.add(entry.unitCode());
				if (!own.contains(entry.unitCode())) {
					entries.add(entry);
				}
			});
			// The views' units the ranking holds are covered by the year; the others (a view as it stood earlier, or
			// of a unit outside the year) are looked up, which is rarely needed.
			List<String> unknown = own.stream().filter(unit -> !inRanking.contains(unit)).toList();
			Set<String> covered = new HashSet<>(inRanking);
			covered.addAll(coveredByTheYear(unknown, scope.year()));
			members.stream()
				.filter(view -> covered.contains(view.unitCode()))
				.forEach(view -> entries.add(new CompetitionRanking.Entry(view.unitCode(), view.indexPercent())));
			List<CompetitionRanking.Ranked> ranking = CompetitionRanking.rank(entries);
			Map<String, CompetitionRanking.Ranked> byUnit = ranking.stream()
				.collect(Collectors.toMap(ranked -> ranked.entry().unitCode(), ranked -> ranked));
			for (AssessmentView view : members) {
				CompetitionRanking.Ranked ranked = byUnit.get(view.unitCode());
				if (ranked != null) {
					positions.put(view,
							new RankPosition(ranked.rank(), ranking.size(), ranked.tied(), scope.parentCode()));
				}
			}
		});
		return positions;
	}

	/**
	 * One page of the ranking of a methodology and year, best first, with each unit's assessment.
	 * @param publishedOnly rank the published results only (FINAL), each unit's assessment as published
	 */
	public RankingConnection page(String methodologyCode, int year, ScoreStage stage, String parentCode,
			PageRequest page, boolean publishedOnly) {
		return page(methodologyCode, year, stage, parentCode, page, publishedOnly, false);
	}

	/**
	 * One page of the ranking of a methodology and year, best first, with each unit's assessment.
	 * @param publishedOnly rank the published results only (FINAL), each unit's assessment as published
	 * @param totalsEnough the caller reads no more of each assessment than its totals and its field totals
	 *     ({@link AssessmentView#ofTotals}): they come from the ranking's snapshot, and no assessment is read
	 */
	public RankingConnection page(String methodologyCode, int year, ScoreStage stage, String parentCode,
			PageRequest page, boolean publishedOnly, boolean totalsEnough) {
		Methodology methodology = methodologies.find(methodologyCode)
			.orElseThrow(() -> new InvalidArgumentException("methodologyCode",
					"methodology " + methodologyCode + " does not exist"));
		ScoreStage rankedStage = stage == null ? ScoreStage.FINAL : stage;
		RankingScope scope = new RankingScope(methodologyCode, year, rankedStage, parentCode, publishedOnly);
		Map<String, RankingSnapshot.RankedTotal> totals = new HashMap<>();
		current(scope).forEach(entry -> totals.put(entry.unitCode(), entry));
		List<CompetitionRanking.Ranked> ranking = CompetitionRanking.rank(totals.values().stream()
			.map(entry -> new CompetitionRanking.Entry(entry.unitCode(), entry.total().indexPercent()))
			.toList());
		PagedConnection<CompetitionRanking.Ranked> slice = Pages.slice(ranking, page);
		Map<String, AssessmentView> views = new HashMap<>();
		CriterionTree tree = CriterionTree.of(methodology);
		if (totalsEnough) {
			for (CompetitionRanking.Ranked ranked : slice.nodes()) {
				views.put(ranked.entry().unitCode(), AssessmentView.ofTotals(totals.get(ranked.entry().unitCode()),
						year, tree, rankedStage, publishedOnly));
			}
		}
		else {
			for (Assessment assessment : reader.findByIds(slice.nodes()
				.stream()
				.map(r -> Assessment.idOf(r.entry().unitCode(), methodologyCode, year))
				.toList())) {
				views.put(assessment.unitCode(), publishedOnly
						? AssessmentView.ofPublished(assessment.published(tree), tree)
						: AssessmentView.of(assessment, tree, rankedStage));
			}
		}
		PagedConnection<RankingEntry> connection = slice.map(ranked -> new RankingEntry(ranked.rank(), ranking.size(),
				ranked.tied(), ranked.entry().unitCode(), views.get(ranked.entry().unitCode())));
		return new RankingConnection(connection.edges(), connection.pageInfo(), connection.totalCount(), methodology,
				year, rankedStage, parentCode);
	}

	private static RankingScope scopeOf(AssessmentView view, boolean withinParent) {
		return new RankingScope(view.methodology().code(), view.year(), view.stage(),
				withinParent ? view.assessment().parentUnitCode() : null, view.published());
	}

}
