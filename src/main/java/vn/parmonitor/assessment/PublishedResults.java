package vn.parmonitor.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.unit.LineageLink;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitLineage;

/**
 * Units' published results year by year, their predecessors' included and marked (issue 10, lineage): what a unit
 * formed in 2025 shows for 2024 is what the units it was formed from scored. Reads the lineage (a few queries), the
 * assessments of every unit involved (one query), their trees (one) and each methodology-year's published ranking
 * (two queries each), whatever the number of units asked about.
 */
@Component
class PublishedResults {

	private final UnitLineage lineage;

	private final AssessmentReader reader;

	private final RankingService rankings;

	PublishedResults(UnitLineage lineage, AssessmentReader reader, RankingService rankings) {
		this.lineage = lineage;
		this.reader = reader;
		this.rankings = rankings;
	}

	/**
	 * Each unit's published results in the years asked (both ends optional), newest first; in a year, its own result
	 * before its predecessors', nearest generation first, then by unit key.
	 */
	Map<String, List<PublishedResult>> of(Collection<Unit> units, Integer fromYear, Integer toYear) {
		Map<String, Map<String, Integer>> generations = new LinkedHashMap<>();
		Map<String, List<LineageLink>> lineages = lineage.of(units);
		for (Unit unit : units) {
			Map<String, Integer> ofUnit = new LinkedHashMap<>();
			ofUnit.put(unit.key(), 0);
			lineages.getOrDefault(unit.key(), List.of())
				.stream()
				.filter(link -> link.direction() == LineageLink.Direction.PREDECESSOR)
				.forEach(link -> ofUnit.putIfAbsent(link.predecessor().key(), link.generation()));
			generations.put(unit.key(), ofUnit);
		}
		Set<String> involved = new HashSet<>();
		generations.values().forEach(ofUnit -> involved.addAll(ofUnit.keySet()));
		List<Assessment> published = new ArrayList<>();
		reader.byUnit(involved).values().forEach(published::addAll);
		published.removeIf(assessment -> (fromYear != null && assessment.year() < fromYear)
				|| (toYear != null && assessment.year() > toYear));
		Map<String, CriterionTree> trees = reader.treesOf(published);
		Map<String, List<AssessmentView>> viewsByUnit = new HashMap<>();
		Map<String, Map<String, RankPosition>> ranks = new HashMap<>();
		for (Assessment assessment : published) {
			CriterionTree tree = trees.get(assessment.methodologyCode());
			Assessment asPublished = tree == null ? null : assessment.published(tree);
			if (asPublished != null) {
				viewsByUnit.computeIfAbsent(assessment.unitCode(), key -> new ArrayList<>())
					.add(AssessmentView.ofPublished(asPublished, tree));
				ranks.computeIfAbsent(assessment.methodologyCode() + "/" + assessment.year(), scope -> positions(
						assessment.methodologyCode(), assessment.year()));
			}
		}
		Map<String, List<PublishedResult>> results = new LinkedHashMap<>();
		generations.forEach((unitKey, ofUnit) -> {
			List<PublishedResult> history = new ArrayList<>();
			ofUnit.forEach((key, generation) -> viewsByUnit.getOrDefault(key, List.of())
				.forEach(view -> history.add(new PublishedResult(view.year(), key, generation, view,
						ranks.get(view.methodology().code() + "/" + view.year()).get(key), null))));
			history.sort(Comparator.comparing(PublishedResult::year)
				.reversed()
				.thenComparing(PublishedResult::generation)
				.thenComparing(PublishedResult::unitCode));
			results.put(unitKey, withMethodologyNotes(history, trees));
		});
		return results;
	}

	private Map<String, RankPosition> positions(String methodologyCode, int year) {
		List<CompetitionRanking.Ranked> ranking = rankings.publishedRanking(methodologyCode, year, null);
		Map<String, RankPosition> positions = new HashMap<>();
		ranking.forEach(ranked -> positions.put(ranked.entry().unitCode(),
				new RankPosition(ranked.rank(), ranking.size(), ranked.tied(), null)));
		return positions;
	}

	/**
	 * Says, on each result, how its methodology differs from that of the next older result in the list: an index
	 * scored on another tree is not the same measure, and a change of index across it is not a change of performance
	 * alone.
	 */
	private static List<PublishedResult> withMethodologyNotes(List<PublishedResult> history,
			Map<String, CriterionTree> trees) {
		List<PublishedResult> noted = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			PublishedResult result = history.get(i);
			PublishedResult older = history.stream()
				.skip(i + 1)
				.filter(candidate -> candidate.year() < result.year())
				.findFirst()
				.orElse(null);
			String note = older == null ? null : TreeComparison.summary(trees.get(older.view().methodology().code()),
					trees.get(result.view().methodology().code()));
			noted.add(new PublishedResult(result.year(), result.unitCode(), result.generation(), result.view(),
					result.rank(), note));
		}
		return noted;
	}

}
