package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.parmonitor.system.audit.Actor;

/**
 * A result as it was published: kept when the assessment is reopened, so the values the public saw stay on record.
 *
 * @param finalScores every component's FINAL points at publication (a list: MongoDB keys cannot hold the dots of
 *     component codes)
 * @param reopenedAt when an ADMIN reopened it (null while it stands)
 */
public record Publication(Instant publishedAt, Actor publishedBy, BigDecimal points, BigDecimal indexPercent,
		List<PublishedScore> finalScores, Instant reopenedAt, Actor reopenedBy, String reopenReason) {

	public Publication {
		finalScores = finalScores == null ? List.of() : List.copyOf(finalScores);
	}

	/** One component's FINAL points as published. */
	public record PublishedScore(String componentCode, BigDecimal points) {
	}

	Publication reopened(Instant at, Actor by, String reason) {
		return new Publication(publishedAt, publishedBy, points, indexPercent, finalScores, at, by, reason);
	}

}
