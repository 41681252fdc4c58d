package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A component's score at one stage.
 *
 * @param points the points, between 0 and the component's maximum
 * @param note evidence documents (self-assessment), or why they are missing; the council's remark (appraisal)
 * @param recordedAt when it was recorded
 */
public record StageScore(BigDecimal points, String note, Instant recordedAt) {
}
