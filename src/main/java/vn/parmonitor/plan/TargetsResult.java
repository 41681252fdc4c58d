package vn.parmonitor.plan;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/**
 * The stored targets in input order, or the problems that stopped the batch (then nothing was stored).
 *
 * @param changed how many targets were new or different (0 for the same batch again)
 */
public record TargetsResult(List<Target> targets, List<UserError> userErrors, int changed) {

	public TargetsResult(List<Target> targets, List<UserError> userErrors) {
		this(targets, userErrors, 0);
	}

}
