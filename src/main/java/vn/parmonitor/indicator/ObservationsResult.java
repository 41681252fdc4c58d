package vn.parmonitor.indicator;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/**
 * The stored observations in input order, or the problems that stopped the batch (then nothing was stored).
 *
 * @param changed how many of the observations were new or different from what was stored (the others were sent again
 * unchanged and left as they were)
 */
public record ObservationsResult(List<Observation> observations, List<UserError> userErrors, int changed) {

	static ObservationsResult refused(List<UserError> errors) {
		return new ObservationsResult(List.of(), errors, 0);
	}

}
