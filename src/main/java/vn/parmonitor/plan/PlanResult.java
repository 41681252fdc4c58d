package vn.parmonitor.plan;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The stored plan, or the problems that stopped it (then nothing was stored). */
public record PlanResult(Plan plan, List<UserError> userErrors) {
}
