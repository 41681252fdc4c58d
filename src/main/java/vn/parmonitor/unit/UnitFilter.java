package vn.parmonitor.unit;

import java.time.LocalDate;

/**
 * Which units to list; every part is optional and the parts combine with AND.
 *
 * @param kind only units of this kind
 * @param parentCode only the direct children of this unit
 * @param withinCode only the units below this one, at any depth
 * @param name words that the unit's names must contain as word prefixes, ignoring case and diacritics
 * @param activeOn only units that exist on this day
 */
public record UnitFilter(UnitKind kind, String parentCode, String withinCode, String name, LocalDate activeOn) {

	public static final UnitFilter ALL = new UnitFilter(null, null, null, null, null);

}
