package vn.parmonitor.assessment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;
import vn.parmonitor.system.security.Authorization;
import vn.parmonitor.unit.UnitService;

/**
 * Who records which stage: a unit's officer its own SELF scores (and those of the units below it), the council
 * APPRAISED scores, the Department everything. When in the year a stage may be recorded is the workflow's
 * ({@link ScoreWindows}).
 */
public final class ScorePermissions {

	private static final Map<ScoreStage, Set<ApiRole>> ROLES = Map.of(
			ScoreStage.SELF, EnumSet.of(ApiRole.ADMIN, ApiRole.UNIT),
			ScoreStage.APPRAISED, EnumSet.of(ApiRole.ADMIN, ApiRole.APPRAISER),
			ScoreStage.FINAL, EnumSet.of(ApiRole.ADMIN));

	private ScorePermissions() {
	}

	/**
	 * Refuses (AccessDeniedException) unless the caller may record these stages for the unit.
	 */
	public static void check(String unitCode, Collection<ScoreStage> stages, UnitService units) {
		ApiPrincipal caller = ApiPrincipal.current()
			.orElseThrow(() -> new AccessDeniedException("recording scores needs an API token"));
		for (ScoreStage stage : stages) {
			if (stage != null && !ROLES.get(stage).contains(caller.role())) {
				throw new AccessDeniedException("token '" + caller.name() + "' has role " + caller.role() + ", and "
						+ stage + " scores are recorded by " + String.join(" or ",
								ROLES.get(stage).stream().map(Enum::name).toList())
						+ (caller.role() == ApiRole.UNIT ? ": a unit records its SELF scores only"
								: caller.role() == ApiRole.APPRAISER ? ": the council records APPRAISED scores only"
										: ""));
			}
		}
		Authorization.requireScope(List.of(unitCode), () -> units.selfAndDescendantCodes(caller.unitCode()));
	}

}
