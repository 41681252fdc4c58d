package vn.parmonitor.unit;

import java.time.LocalDate;

/**
 * One step of a unit's lineage (GraphQL {@code LineageLink}): {@code predecessor} ceased on its last day and
 * {@code successor} took over, in the way {@code kind} says.
 *
 * @param effectiveFrom the first day of the change: the day after the predecessor's last day
 * @param direction whether the step lies before the unit asked about (its predecessors) or after it
 * @param generation 1 for the unit's own predecessors or successors, 2 for theirs, and so on
 */
public record LineageLink(Unit predecessor, Unit successor, SuccessionKind kind, LocalDate effectiveFrom,
		Direction direction, int generation) {

	/** Which way a lineage step lies from the unit asked about. */
	public enum Direction {

		PREDECESSOR, SUCCESSOR

	}

}
