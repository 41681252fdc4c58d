package vn.parmonitor.unit;

/**
 * Published after units were written (created, changed, moved, given another validity), for what keeps a view of
 * them current: a year's ranking covers the units that exist on its last day.
 *
 * @param changed how many units were written
 */
public record UnitsChanged(int changed) {
}
