package vn.parmonitor.spreadsheet;

import java.util.List;
import java.util.Set;

import vn.parmonitor.system.security.ApiRole;

/** What a file holds, each with the path it is posted to and the roles of the mutation it stands for. */
public enum ImportKind {

	/** Indicator observations, as {@code recordObservations}: the Department, or a unit for itself and below. */
	OBSERVATIONS("observations", Set.of(ApiRole.ADMIN, ApiRole.UNIT), List.of()),
	/**
	 * Component scores, as {@code recordComponentScores}: a unit its SELF scores, the council APPRAISED, the
	 * Department any; one row per unit and component, or a unit × component matrix.
	 */
	SCORES("scores", Set.of(ApiRole.ADMIN, ApiRole.APPRAISER, ApiRole.UNIT), List.of("methodologyCode", "year", "stage")),
	/** Units, as {@code upsertUnits}: the Department (the structure is its). */
	UNITS("units", Set.of(ApiRole.ADMIN), List.of()),
	/** Plan targets, as {@code upsertTargets}: the Department. */
	TARGETS("targets", Set.of(ApiRole.ADMIN), List.of());

	private final String path;

	private final Set<ApiRole> roles;

	private final List<String> parameters;

	ImportKind(String path, Set<ApiRole> roles, List<String> parameters) {
		this.path = path;
		this.roles = roles;
		this.parameters = parameters;
	}

	/** The form fields that give a value to every row whose file has no such column. */
	public List<String> parameters() {
		return parameters;
	}

	/** The last part of {@code POST /imports/<path>}. */
	public String path() {
		return path;
	}

	public Set<ApiRole> roles() {
		return roles;
	}

}
