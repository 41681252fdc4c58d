package vn.parmonitor.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.system.store.InChunks;

/** Reads runs and evaluations: the evaluation history. */
@Component
public class EvaluationQueries {

	private final MongoTemplate mongo;

	EvaluationQueries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public PagedConnection<EvaluationRun> runs(PageRequest page) {
		return Pages.find(mongo, new Query(), Sort.by(Sort.Order.desc("startedAt"), Sort.Order.asc("_id")), page,
				EvaluationRun.class);
	}

	public PagedConnection<TargetEvaluation> history(String targetCode, Instant from, Instant to, PageRequest page) {
		Criteria criteria = Criteria.where("targetCode").is(targetCode);
		if (from != null || to != null) {
			Criteria at = criteria.and("evaluatedAt");
			if (from != null) {
				at.gte(from);
			}
			if (to != null) {
				at.lte(to);
			}
		}
		return Pages.find(mongo, Query.query(criteria), Sort.by(Sort.Order.desc("evaluatedAt"), Sort.Order.desc("_id")),
				page, TargetEvaluation.class);
	}

	/**
	 * The latest successful run: two reads by {@code _id} (the {@link LatestRun} pointer, then the run), whatever the
	 * length of the history. A store written before the pointer existed is searched once by start time.
	 */
	public Optional<EvaluationRun> latestRun() {
		LatestRun pointer = mongo.findById(LatestRun.SUCCEEDED, LatestRun.class);
		if (pointer != null) {
			return Optional.ofNullable(mongo.findById(pointer.runId(), EvaluationRun.class));
		}
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("state").is(EvaluationRun.RunState.SUCCEEDED))
			.with(Sort.by(Sort.Direction.DESC, "startedAt")), EvaluationRun.class));
	}

	/** The evaluations of the latest successful run, by target code; three reads by {@code _id}. */
	public Map<String, TargetEvaluation> latest(Collection<String> targetCodes) {
		return latestRun().map(run -> evaluationsOf(run, targetCodes)).orElseGet(HashMap::new);
	}

	/**
	 * The evaluations of {@code run} (of these targets only, unless null), by target code. For given targets it
	 * reads their evaluations by {@code _id} (run and target), so it never scans the history.
	 */
	public Map<String, TargetEvaluation> evaluationsOf(EvaluationRun run, Collection<String> targetCodes) {
		List<TargetEvaluation> evaluations = targetCodes == null
				? mongo.find(Query.query(Criteria.where("runId").is(run.id())), TargetEvaluation.class)
				: InChunks.find(mongo, "_id", idsIn(run, targetCodes), TargetEvaluation.class);
		Map<String, TargetEvaluation> found = new HashMap<>();
		evaluations.forEach(e -> found.put(e.targetCode(), e));
		return found;
	}

	/** The status of each target in the latest successful run (read by {@code _id}, status only), by target code. */
	Map<String, TargetStatus> latestStatuses(Collection<String> targetCodes) {
		Map<String, TargetStatus> statuses = new HashMap<>();
		latestRun().ifPresent(run -> InChunks.of(idsIn(run, targetCodes)).forEach(ids -> {
			Query query = Query.query(Criteria.where("_id").in(ids));
			query.fields().include("targetCode", "status");
			mongo.find(query, org.bson.Document.class, "target_evaluations")
				.forEach(e -> statuses.put(e.getString("targetCode"), TargetStatus.valueOf(e.getString("status"))));
		}));
		return statuses;
	}

	/** The ids of these targets' evaluations in {@code run}. */
	private static List<String> idsIn(EvaluationRun run, Collection<String> targetCodes) {
		return targetCodes.stream().distinct().map(code -> TargetEvaluation.idOf(run.id(), code)).toList();
	}

	public Map<String, List<TargetEvaluation>> ofRuns(Collection<String> runIds) {
		Map<String, List<TargetEvaluation>> byRun = new HashMap<>();
		mongo.find(Query.query(Criteria.where("runId").in(runIds)).with(Sort.by("targetCode")), TargetEvaluation.class)
			.forEach(e -> byRun.computeIfAbsent(e.runId(), id -> new java.util.ArrayList<>()).add(e));
		return byRun;
	}

	public Map<String, EvaluationRun> findRuns(Collection<String> ids) {
		Map<String, EvaluationRun> found = new HashMap<>();
		InChunks.find(mongo, "_id", ids, EvaluationRun.class).forEach(r -> found.put(r.id(), r));
		return found;
	}

	public Optional<EvaluationRun> findRun(String id) {
		return Optional.ofNullable(mongo.findById(id, EvaluationRun.class));
	}

	public Map<String, TargetEvaluation> findEvaluations(Collection<String> ids) {
		Map<String, TargetEvaluation> found = new HashMap<>();
		InChunks.find(mongo, "_id", ids, TargetEvaluation.class).forEach(e -> found.put(e.id(), e));
		return found;
	}

	public Optional<TargetEvaluation> findEvaluation(String id) {
		return Optional.ofNullable(mongo.findById(id, TargetEvaluation.class));
	}

}
