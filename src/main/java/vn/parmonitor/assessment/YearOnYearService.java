package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;

/**
 * Finds each assessment's predecessor (same unit, same methodology family, one year earlier) and compares them. A
 * batch of assessments costs a fixed number of queries: methodologies, previous assessments, and one ranking per
 * scope.
 */
@Service
class YearOnYearService {

	private final MethodologyService methodologies;

	private final AssessmentReader reader;

	private final RankingService rankings;

	YearOnYearService(MethodologyService methodologies, AssessmentReader reader, RankingService rankings) {
		this.methodologies = methodologies;
		this.reader = reader;
		this.rankings = rankings;
	}

	Map<AssessmentView, YearOnYearChange> changes(Collection<AssessmentView> views) {
		Map<String, Methodology> previousMethodology = previousMethodologies(views);
		Map<String, AssessmentView> currentById = new HashMap<>();
		List<String> previousIds = new ArrayList<>();
		for (AssessmentView view : views) {
			Methodology previous = previousMethodology.get(familyYear(view.methodology().family(), view.year() - 1));
			if (previous != null) {
				previousIds.add(Assessment.idOf(view.unitCode(), previous.code(), view.year() - 1));
				currentById.put(view.assessment().id(), view);
			}
		}
		Map<String, AssessmentView> previousByUnitYear = new HashMap<>();
		Set<String> publishedOnly = views.stream().filter(AssessmentView::published).map(AssessmentView::unitCode)
			.collect(Collectors.toSet());
		// A reader shown the published result of this year compares it with the published result of the last.
		List<AssessmentView> previousViews = new ArrayList<>();
		for (AssessmentView view : reader.views(reader.findByIds(previousIds), null)) {
			Assessment published = publishedOnly.contains(view.unitCode()) ? view.assessment().published(view.tree())
					: view.assessment();
			if (published != null) {
				previousViews.add(published == view.assessment() ? view : AssessmentView.ofPublished(published, view.tree()));
			}
		}
		previousViews.forEach(view -> previousByUnitYear.put(view.unitCode() + "@" + view.year(), view));
		Map<AssessmentView, RankPosition> previousRanks = rankings.positions(previousViews, false);
		Map<AssessmentView, RankPosition> currentRanks = rankings.positions(currentById.values(), false);
		Map<String, List<String>> differences = new HashMap<>();
		Map<AssessmentView, YearOnYearChange> changes = new HashMap<>();
		for (AssessmentView current : currentById.values()) {
			AssessmentView previous = previousByUnitYear.get(current.unitCode() + "@" + (current.year() - 1));
			if (previous == null) {
				continue;
			}
			List<String> treeDifferences = differences.computeIfAbsent(
					previous.methodology().code() + ">" + current.methodology().code(),
					pair -> TreeComparison.differences(previous.tree(), current.tree()));
			changes.put(current, new YearOnYearChange(previous, difference(current.indexPercent(), previous.indexPercent()),
					Points.shown(difference(current.points(), previous.points())), previousRanks.get(previous), currentRanks.get(current),
					treeDifferences, LikeForLike.between(previous, current,
							current.methodology().crosswalkFrom(previous.methodology().code()))));
		}
		return changes;
	}

	/** The methodology of each family that applied in each previous year, keyed by {@code family@year}. */
	private Map<String, Methodology> previousMethodologies(Collection<AssessmentView> views) {
		Map<Integer, Set<String>> familiesByYear = views.stream()
			.collect(Collectors.groupingBy(view -> view.year() - 1,
					Collectors.mapping(view -> view.methodology().family(), Collectors.toSet())));
		Map<String, Methodology> found = new HashMap<>();
		familiesByYear.forEach((year, families) -> methodologies.findApplying(families, year)
			.forEach(methodology -> found.putIfAbsent(familyYear(methodology.family(), year), methodology)));
		return found;
	}

	private static String familyYear(String family, int year) {
		return family + "@" + year;
	}

	private static BigDecimal difference(BigDecimal now, BigDecimal before) {
		return now == null || before == null ? null : now.subtract(before);
	}

}
