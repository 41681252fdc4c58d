package vn.parmonitor.unit;

import java.time.LocalDate;

/** One unit to create or replace (GraphQL {@code UnitInput}); see {@link Unit} for the fields. */
public record UnitInput(String code, String name, String shortName, String nameEn, UnitKind kind, String parentCode,
		LocalDate validFrom, LocalDate validTo, String successorCode, String source) {
}
