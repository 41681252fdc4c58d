package vn.parmonitor.unit;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/**
 * The units written, in input order, or the errors that stopped the whole batch (then nothing was written).
 *
 * @param changed how many units were written (new, changed, or moved along with a parent); 0 for the same batch again
 */
public record UpsertUnitsResult(List<Unit> units, List<UserError> userErrors, int changed) {

	public UpsertUnitsResult(List<Unit> units, List<UserError> userErrors) {
		this(units, userErrors, 0);
	}

}
