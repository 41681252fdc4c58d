package vn.parmonitor.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.retention.RetentionProperties;
import vn.parmonitor.system.retention.RetentionTask;
import vn.parmonitor.system.time.VietnamTime;

/**
 * Thins the evaluation history: every run's evaluations are kept for {@code par.retention.every-evaluation-for}
 * (30 days); of older days, the last successful run of each (Vietnam) day keeps all its evaluations, the other runs
 * only those whose status changed. An hourly schedule then adds about 24 runs of history a day for a month and one a
 * day after that, instead of 24 a day for ever. The runs themselves stay (small documents: when, how many, which
 * statuses). Each day is thinned once: {@link LatestRun#THINNED} says up to when.
 */
@Component
class EvaluationHistoryThinning implements RetentionTask {

	/** Runs whose evaluations are deleted in one request. */
	private static final int RUNS_PER_DELETE = 50;

	private final MongoTemplate mongo;

	private final RetentionProperties properties;

	EvaluationHistoryThinning(MongoTemplate mongo, RetentionProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "evaluation history older than " + properties.everyEvaluationFor()
				+ " thinned to each day's last run and the status changes";
	}

	@Override
	public long apply(Instant now) {
		Instant cutoff = LocalDate.ofInstant(now.minus(properties.everyEvaluationFor()), VietnamTime.ZONE)
			.atStartOfDay(VietnamTime.ZONE)
			.toInstant();
		LatestRun mark = mongo.findById(LatestRun.THINNED, LatestRun.class);
		Instant from = mark == null ? Instant.EPOCH : mark.at();
		if (!from.isBefore(cutoff)) {
			return 0;
		}
		long removed = 0;
		List<String> thinned = runsToThin(from, cutoff);
		for (int i = 0; i < thinned.size(); i += RUNS_PER_DELETE) {
			List<String> batch = thinned.subList(i, Math.min(thinned.size(), i + RUNS_PER_DELETE));
			removed += mongo.remove(Query.query(Criteria.where("runId").in(batch).and("statusChanged").ne(true)),
					TargetEvaluation.class).getDeletedCount();
		}
		mongo.upsert(Query.query(Criteria.where("_id").is(LatestRun.THINNED)), Update.update("at", cutoff), LatestRun.class);
		return removed;
	}

	/** The runs that started in [from, cutoff) but the last successful one of each day. */
	private List<String> runsToThin(Instant from, Instant cutoff) {
		Query started = Query.query(Criteria.where("startedAt").gte(from).lt(cutoff))
			.with(Sort.by(Sort.Direction.ASC, "startedAt"));
		started.fields().include("_id", "startedAt", "state");
		Map<LocalDate, String> lastOfDay = new HashMap<>();
		List<String> all = new ArrayList<>();
		for (Document run : mongo.find(started, Document.class, "evaluation_runs")) {
			String id = run.getString("_id");
			all.add(id);
			if (EvaluationRun.RunState.SUCCEEDED.name().equals(run.getString("state"))) {
				lastOfDay.put(LocalDate.ofInstant(run.getDate("startedAt").toInstant(), VietnamTime.ZONE), id);
			}
		}
		all.removeAll(lastOfDay.values());
		return all;
	}

}
