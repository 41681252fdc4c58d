package vn.parmonitor.assessment;

import java.math.BigDecimal;

/**
 * One component score to record.
 *
 * @param note evidence documents behind a self-assessed score, or why they are missing (required for
 *     {@link ScoreStage#SELF}); the council's remark for other stages
 */
public record ScoreInput(String componentCode, ScoreStage stage, BigDecimal points, String note) {
}
