package vn.parmonitor.assessment;

import java.time.Instant;
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
import org.springframework.stereotype.Component;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.system.graphql.InvalidArgumentException;
import vn.parmonitor.system.store.InChunks;

/**
 * Reads assessments as {@link AssessmentView}s in batches: one query for the assessments of any number of keys,
 * one for their methodologies, each tree built once.
 */
@Component
public class AssessmentReader {

	private final MongoTemplate mongo;

	private final MethodologyService methodologies;

	AssessmentReader(MongoTemplate mongo, MethodologyService methodologies) {
		this.mongo = mongo;
		this.methodologies = methodologies;
	}

	/** The views of the keys that match an assessment; keys without one are absent from the map. */
	public Map<AssessmentKey, AssessmentView> load(Collection<AssessmentKey> keys) {
		return load(keys, null);
	}

	/**
	 * The views of the keys as the assessments stood at {@code asOf} ({@link Assessment#knownAt}; null: as they are
	 * now); keys without an assessment known by then are absent from the map.
	 */
	public Map<AssessmentKey, AssessmentView> load(Collection<AssessmentKey> keys, Instant asOf) {
		if (keys.isEmpty()) {
			return new HashMap<>();
		}
		Set<String> unitCodes = keys.stream().map(AssessmentKey::unitCode).collect(Collectors.toSet());
		Set<Integer> years = keys.stream().map(AssessmentKey::year).collect(Collectors.toSet());
		List<Assessment> stored = mongo.find(
				Query.query(Criteria.where("unitCode").in(unitCodes).and("year").in(years)), Assessment.class);
		Map<String, CriterionTree> trees = trees(stored);
		List<Assessment> found = asOf == null ? stored : knownAt(stored, asOf, trees);
		Map<AssessmentKey, AssessmentView> views = new HashMap<>();
		for (AssessmentKey key : keys) {
			List<Assessment> matching = found.stream()
				.filter(a -> a.unitCode().equals(key.unitCode()) && a.year() == key.year())
				.filter(a -> key.methodologyCode() == null || a.methodologyCode().equals(key.methodologyCode()))
				.sorted(java.util.Comparator.comparing(Assessment::methodologyCode))
				.toList();
			if (matching.size() > 1) {
				throw new InvalidArgumentException("methodologyCode", "unit " + key.unitCode() + " has assessments under "
						+ matching.stream().map(Assessment::methodologyCode).toList() + " in " + key.year()
						+ ": give methodologyCode");
			}
			if (matching.size() == 1) {
				Assessment assessment = matching.get(0);
				views.put(key, AssessmentView.of(assessment, trees.get(assessment.methodologyCode()), key.stage()));
			}
		}
		return views;
	}

	/** Views of already loaded assessments, each at {@code stage} (or its latest when null). */
	public List<AssessmentView> views(List<Assessment> assessments, ScoreStage stage) {
		Map<String, CriterionTree> trees = trees(assessments);
		return assessments.stream().map(a -> AssessmentView.of(a, trees.get(a.methodologyCode()), stage)).toList();
	}

	public List<Assessment> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return InChunks.find(mongo, "_id", ids, Assessment.class);
	}

	/** Assessments of the units, newest year first; one query. */
	public Map<String, List<Assessment>> byUnit(Collection<String> unitCodes) {
		Query query = Query.query(Criteria.where("unitCode").in(new HashSet<>(unitCodes)));
		return mongo.find(query, Assessment.class)
			.stream()
			.sorted(java.util.Comparator.comparing(Assessment::year)
				.reversed()
				.thenComparing(Assessment::methodologyCode))
			.collect(Collectors.groupingBy(Assessment::unitCode));
	}

	/** The assessments of a methodology family in the years {@code fromYear} to {@code toYear}; one query. */
	public List<Assessment> ofFamily(String family, int fromYear, int toYear) {
		return mongo.find(Query.query(Criteria.where("family").is(family).and("year").gte(fromYear).lte(toYear)),
				Assessment.class);
	}

	/** The assessments as they stood at {@code asOf}, without those of which nothing was recorded by then. */
	public static List<Assessment> knownAt(Collection<Assessment> assessments, Instant asOf,
			Map<String, CriterionTree> trees) {
		return assessments.stream()
			.filter(assessment -> trees.containsKey(assessment.methodologyCode()))
			.map(assessment -> assessment.knownAt(asOf, trees.get(assessment.methodologyCode())))
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	/** The trees of the assessments' methodologies, by methodology code; one query. */
	public Map<String, CriterionTree> treesOf(Collection<Assessment> assessments) {
		return trees(assessments);
	}

	private Map<String, CriterionTree> trees(Collection<Assessment> assessments) {
		Map<String, Methodology> found = methodologies
			.findAll(assessments.stream().map(Assessment::methodologyCode).collect(Collectors.toSet()));
		Map<String, CriterionTree> trees = new HashMap<>();
		found.forEach((code, methodology) -> trees.put(code, CriterionTree.of(methodology)));
		return trees;
	}

}
