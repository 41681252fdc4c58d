package vn.parmonitor.system.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time the product judges progress at: now, or {@code par.evaluation.as-of} when a past year is replayed (the
 * demo judges everything as of 10 November 2023). Targets are evaluated and tasks called overdue at this time, so
 * that the two never disagree.
 */
@Component
public class EvaluationTime {

	private final Instant asOf;

	private final Clock clock;

	EvaluationTime(@Value("${par.evaluation.as-of:}") String asOf, Optional<Clock> clock) {
		this.asOf = asOf.isBlank() ? null : OffsetDateTime.parse(asOf.strip()).toInstant();
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Instant now() {
		return asOf != null ? asOf : Instant.now(clock);
	}

	/** The calendar day (Vietnam time) of {@link #now()}. */
	public LocalDate today() {
		return LocalDate.ofInstant(now(), VietnamTime.ZONE);
	}

}
