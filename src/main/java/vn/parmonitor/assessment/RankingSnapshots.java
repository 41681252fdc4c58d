package vn.parmonitor.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.unit.UnitsChanged;

/**
 * The rankings as they stand, kept current: one {@link RankingSnapshot} per methodology, year and stage (and one of
 * the published results), found by {@code _id}. Every write of an assessment bumps its methodology and year's
 * version, every change of units the units' version; a snapshot computed from older versions is computed again on
 * its next read (one projected query over the scope's assessments) and stored, so a ranking is computed once per
 * change, not once per request.
 *
 * <p>The versions are read before the assessments and bumped after they are written: a read that races a write
 * either sees the write or stores a snapshot that the write's bump has already made stale. A writer that dies
 * between its write and its bump leaves a snapshot that no version marks stale; a snapshot older than {@link #MAX_AGE}
 * is therefore computed again anyway.
 */
@Component
public class RankingSnapshots {

	static final String COLLECTION = "rankings";

	/** How long a snapshot serves without a change to its inputs (the bound on a dead writer's missed bump). */
	static final Duration MAX_AGE = Duration.ofMinutes(10);

	/**
	 * The most units a stored snapshot holds (about 600 bytes each, under MongoDB's 16 MB document limit with room to
	 * spare); a larger scope is ranked from its query every time.
	 */
	static final int MAX_STORED_ENTRIES = 15_000;

	private static final String UNITS_VERSION = "version:units";

	private final MongoTemplate mongo;

	private final MethodologyService methodologies;

	private final AssessmentReader reader;

	private final UnitService units;

	private final Clock clock;

	RankingSnapshots(MongoTemplate mongo, MethodologyService methodologies, AssessmentReader reader, UnitService units,
			Optional<Clock> clock) {
		this.mongo = mongo;
		this.methodologies = methodologies;
		this.reader = reader;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The totals of every unit ranked in the methodology and year at {@code stage} (the published ones when asked). */
	List<RankingSnapshot.RankedTotal> current(String methodologyCode, int year, ScoreStage stage,
			boolean publishedOnly) {
		String id = methodologyCode + ":" + year + ":" + (publishedOnly ? "PUBLISHED" : stage.name());
		String inputsId = inputsVersionId(methodologyCode, year);
		Map<String, Document> read = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(id, inputsId, UNITS_VERSION)), Document.class, COLLECTION)
			.forEach(document -> read.put(document.getString("_id"), document));
		long inputsVersion = version(read.get(inputsId));
		long unitsVersion = version(read.get(UNITS_VERSION));
		Document stored = read.get(id);
		if (stored != null) {
			RankingSnapshot snapshot = mongo.getConverter().read(RankingSnapshot.class, stored);
			if (snapshot.inputsVersion() == inputsVersion && snapshot.unitsVersion() == unitsVersion
					&& snapshot.computedAt().isAfter(Instant.now(clock).minus(MAX_AGE))) {
				return snapshot.entries();
			}
		}
		List<RankingSnapshot.RankedTotal> entries = compute(methodologyCode, year, stage, publishedOnly);
		if (entries.size() <= MAX_STORED_ENTRIES) {
			mongo.save(new RankingSnapshot(id, inputsVersion, unitsVersion, Instant.now(clock), entries), COLLECTION);
		}
		return entries;
	}

	/** Marks the rankings of a methodology and year stale: after every write of one of its assessments. */
	void assessmentsChanged(String methodologyCode, int year) {
		bump(inputsVersionId(methodologyCode, year));
	}

	/** Units that change may enter or leave a year's ranking (their validity), or move to another parent. */
	@EventListener
	void unitsChanged(UnitsChanged event) {
		bump(UNITS_VERSION);
	}

	private void bump(String versionId) {
		mongo.upsert(Query.query(Criteria.where("_id").is(versionId)), new Update().inc("version", 1L), COLLECTION);
	}

	/**
	 * The scope's totals from the assessments: one query reading each one's stage total (with its field totals),
	 * keeping the units that exist on the year's last day (issue 10: the 2024 ranking is among the 63 old provinces,
	 * the 2025 one among the 34 new ones). Totals stored before field totals were kept are computed from their
	 * scores.
	 */
	private List<RankingSnapshot.RankedTotal> compute(String methodologyCode, int year, ScoreStage stage,
			boolean publishedOnly) {
		String stageTotal = "totals." + stage.name();
		Criteria criteria = Criteria.where("methodologyCode").is(methodologyCode).and("year").is(year);
		if (publishedOnly) {
			// Published through the workflow, or stored before it with FINAL scores (counted as published).
			criteria.orOperator(Criteria.where("workflow.published").exists(true),
					Criteria.where("workflow").exists(false).and("totals.FINAL").exists(true));
		}
		else {
			criteria.and(stageTotal).exists(true);
		}
		Query query = Query.query(criteria);
		query.fields().include("unitCode", "parentUnitCode", stageTotal);
		if (publishedOnly) {
			query.fields().include("workflow.published").include("workflow.state");
		}
		List<RankingRow> rows = mongo.find(query, RankingRow.class, "assessments");
		Set<String> covered = units.existingOn(rows.stream().map(RankingRow::unitCode).toList(),
				LocalDate.of(year, 12, 31));
		List<RankingSnapshot.RankedTotal> entries = new ArrayList<>();
		List<String> withoutFieldTotals = new ArrayList<>();
		for (RankingRow row : rows) {
			if (!covered.contains(row.unitCode())) {
				continue;
			}
			StageTotal total = publishedOnly ? row.publishedTotal() : row.totals().get(stage);
			if (total.fields() == null) {
				withoutFieldTotals.add(row.id());
			}
			else {
				entries.add(new RankingSnapshot.RankedTotal(row.unitCode(), row.parentUnitCode(), total));
			}
		}
		if (!withoutFieldTotals.isEmpty()) {
			CriterionTree tree = CriterionTree.of(methodologies.find(methodologyCode).orElseThrow());
			ScoreStage shownStage = publishedOnly ? ScoreStage.FINAL : stage;
			for (Assessment assessment : reader.findByIds(withoutFieldTotals)) {
				// The published result's scores are those of its latest publication (Assessment.published).
				Assessment shown = publishedOnly ? assessment.published(tree) : assessment;
				StageTotal stored = shown.totals().get(shownStage);
				entries.add(new RankingSnapshot.RankedTotal(assessment.unitCode(), assessment.parentUnitCode(),
						AssessmentCalculator.result(tree, shown.scores(), shownStage)
							.toStageTotal(stored == null ? null : stored.recordedAt())));
			}
		}
		return entries;
	}

	private static String inputsVersionId(String methodologyCode, int year) {
		return "version:" + methodologyCode + ":" + year;
	}

	private static long version(Document document) {
		return document == null ? 0 : ((Number) document.get("version")).longValue();
	}

}
