package vn.parmonitor.forecast;

import java.math.BigDecimal;

/**
 * A peer's likely index for the year and its spread (one standard deviation, in index points).
 *
 * @param basis {@code PUBLISHED} (its year is appraised or final: exact), {@code FORECAST} (its own component
 *     forecast, from this year's scores) or {@code HISTORY} (its published history and the national trend)
 */
public record PeerOutlook(String unitCode, BigDecimal likely, double sigma, String basis) {
}
