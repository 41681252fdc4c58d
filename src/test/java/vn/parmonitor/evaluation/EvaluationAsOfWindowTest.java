package vn.parmonitor.evaluation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An evaluation opens and resolves real alerts, so {@code evaluateTargets(asOf:)} replays only moments from the
 * first PAR INDEX (2012) to a day from now: year 1900 or 2199 (valid DateTimes) is refused and nothing runs.
 */
@ParMonitorIntegrationTest
class EvaluationAsOfWindowTest {

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MongoTemplate mongo;

	@Test
	void anAsOfOutsideTheWindowIsRefusedNamingTheFieldAndTheRangeAndRunsNothing() {
		long runsBefore = mongo.count(new org.springframework.data.mongodb.core.query.Query(), EvaluationRun.class);
		Instant tooLate = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		for (String asOf : List.of("1900-01-01T00:00:00Z", "2011-12-31T16:59:59Z", tooLate.toString(), "2199-12-31T00:00:00Z")) {
			Map<?, ?> error = Testers.admin(anonymous)
				.document("mutation($asOf: DateTime) { evaluateTargets(input: { asOf: $asOf }) { run { key } "
						+ "userErrors { field code message } } }")
				.variable("asOf", asOf)
				.execute()
				.path("evaluateTargets.userErrors[0]")
				.entity(Map.class)
				.get();
			assertThat(error.get("field")).isEqualTo(List.of("input", "asOf"));
			assertThat(error.get("code")).isEqualTo("OUT_OF_RANGE");
			assertThat((String) error.get("message")).startsWith("asOf " + Instant.parse(asOf)
					+ " is outside the accepted range: from 2012-01-01 (par.evaluation.earliest-as-of) to a day from now (")
				.endsWith("); an evaluation opens and resolves real alerts");
		}
		assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), EvaluationRun.class))
			.as("no run was made").isEqualTo(runsBefore);
	}

}
