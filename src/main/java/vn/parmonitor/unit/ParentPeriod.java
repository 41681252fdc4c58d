package vn.parmonitor.unit;

import java.time.LocalDate;

/**
 * A parent a unit had before it moved, and when (GraphQL {@code ParentPeriod}).
 *
 * @param from the first day under that parent; null when it was the unit's first parent
 * @param to the last day under that parent
 */
public record ParentPeriod(String parentCode, LocalDate from, LocalDate to) {

	boolean covers(LocalDate day) {
		return (from == null || !day.isBefore(from)) && !day.isAfter(to);
	}

}
