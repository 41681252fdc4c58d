package vn.parmonitor.methodology;

import java.util.List;

import vn.parmonitor.system.graphql.UserError;

/** The imported methodology, or the problems that stopped the import (then nothing was stored). */
public record ImportMethodologyResult(Methodology methodology, List<UserError> userErrors) {
}
