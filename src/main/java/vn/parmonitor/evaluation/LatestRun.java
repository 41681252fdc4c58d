package vn.parmonitor.evaluation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The current state of the evaluation history, one small document each, found by {@code _id}: which run is the
 * latest that succeeded ({@value #SUCCEEDED}), and up to when the history is thinned ({@value #THINNED}). Reads of the
 * latest evaluations go through it instead of sorting the runs, so they cost the same after a year of hourly runs
 * as after one.
 *
 * @param runId the latest succeeded run (for {@value #SUCCEEDED})
 * @param at that run's start, or the time the history is thinned until (for {@value #THINNED})
 */
@Document("evaluation_state")
record LatestRun(@Id String id, String runId, Instant at) {

	static final String SUCCEEDED = "latest-succeeded";

	static final String THINNED = "thinned-until";

}
