package vn.parmonitor.assessment;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The assessment after recording, or the problems that stopped the batch (then nothing was stored). */
public record RecordScoresResult(Assessment assessment, List<UserError> userErrors) {
}
