package vn.parmonitor.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.plan.TargetService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each evaluation says whether a target's status changed since the run before (what the thinned history keeps),
 * and the latest run is found through its pointer, whatever the length of the history.
 */
@ParMonitorIntegrationTest
class EvaluationHistoryTest {

	@Autowired
	EvaluationService evaluations;

	@Autowired
	EvaluationQueries queries;

	@Autowired
	TargetService targets;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aRunThatChangesNoStatusMarksNoneAndBecomesTheLatest() {
		List<String> codes = targets.activeTargetCodes();
		EvaluationRun first = evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();
		assertThat(queries.latestRun()).map(EvaluationRun::id).contains(first.id());
		EvaluationRun second = evaluations.runNow(EvaluationTrigger.MANUAL, null).orElseThrow();

		assertThat(queries.latestRun()).map(EvaluationRun::id).as("the pointer moved").contains(second.id());
		var latest = queries.latest(codes);
		assertThat(latest).hasSize(codes.size());
		assertThat(latest.values()).allSatisfy(evaluation -> {
			assertThat(evaluation.runId()).isEqualTo(second.id());
			assertThat(evaluation.statusChanged()).as(evaluation.targetCode()).isFalse();
		});
		assertThat(queries.evaluationsOf(first, codes).values()).extracting(TargetEvaluation::status)
			.containsExactlyInAnyOrderElementsOf(latest.values().stream().map(TargetEvaluation::status).toList());

		// The open alerts were refreshed in bulk to the second run's evaluations (no event: nothing changed).
		List<org.bson.Document> open = mongo.find(Query.query(Criteria.where("openKey").in(codes)),
				org.bson.Document.class, "alerts");
		assertThat(open).isNotEmpty().allSatisfy(alert -> {
			assertThat(alert.getString("lastEvaluationId")).startsWith(second.id() + ":");
			assertThat(alert.getList("events", org.bson.Document.class)).noneSatisfy(
					event -> assertThat(event.getString("runId")).isEqualTo(second.id()));
		});
	}

}
