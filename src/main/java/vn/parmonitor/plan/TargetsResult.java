package vn.parmonitor.plan;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The stored targets in input order, or the problems that stopped the batch (then nothing was stored). */
public record TargetsResult(List<Target> targets, List<UserError> userErrors) {
}
