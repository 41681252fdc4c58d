package vn.parmonitor.indicator;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The stored indicator, or the problems that stopped it (then nothing was stored). */
public record IndicatorResult(Indicator indicator, List<UserError> userErrors) {
}
