package vn.parmonitor.unit;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The units written, in input order, or the errors that stopped the whole batch (then nothing was written). */
public record UpsertUnitsResult(List<Unit> units, List<UserError> userErrors) {
}
