package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import vn.parmonitor.system.audit.Actor;

/**
 * One change of a component's score at one stage, from the audit log (GraphQL {@code ScoreChange}).
 *
 * @param pointsBefore null when the score did not exist before
 */
public record ScoreChange(ScoreStage stage, BigDecimal pointsBefore, BigDecimal pointsAfter, String noteBefore,
		String noteAfter, Instant at, Actor by, String action, String reason) {
}
