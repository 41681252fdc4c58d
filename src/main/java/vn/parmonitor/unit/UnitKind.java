package vn.parmonitor.unit;

import java.util.Set;

/** The kinds of administrative units PAR Monitor scores, and which kind may sit above which. */
public enum UnitKind {

	MINISTRY, PROVINCE, DISTRICT, COMMUNE, DEPARTMENT;

	/**
	 * The kinds a unit of this kind may have as its parent; empty when it stands at the top. Communes may hang
	 * directly under a province (the two-level structure since 1 July 2025); departments under a province, a district
	 * (district offices) or a ministry.
	 */
	public Set<UnitKind> allowedParentKinds() {
		return switch (this) {
			case MINISTRY, PROVINCE -> Set.of();
			case DISTRICT -> Set.of(PROVINCE);
			case COMMUNE -> Set.of(DISTRICT, PROVINCE);
			case DEPARTMENT -> Set.of(PROVINCE, DISTRICT, MINISTRY);
		};
	}

}
