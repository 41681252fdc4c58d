package vn.parmonitor.indicator;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The stored observations in input order, or the problems that stopped the batch (then nothing was stored). */
public record ObservationsResult(List<Observation> observations, List<UserError> userErrors) {
}
