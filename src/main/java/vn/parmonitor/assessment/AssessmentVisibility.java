package vn.parmonitor.assessment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;
import vn.parmonitor.unit.UnitReadAccess;

/**
 * What of an assessment the caller of the request may read. Published results are public. The unpublished stages
 * (SELF, APPRAISED, FINAL before publication), the workflow's steps and the council's comments are for those who may
 * read the unit's unpublished data ({@link UnitReadAccess}: the unit's officers and those of the units above it, the
 * council, the Steering Committee, the Department); everyone else reads the published result as last published.
 */
@Component
class AssessmentVisibility {

	/** The roles that read every unit's unpublished data, rankings at every stage included. */
	private static final Set<ApiRole> EVERY_UNIT = EnumSet.of(ApiRole.ADMIN, ApiRole.APPRAISER, ApiRole.VIEWER);

	private final UnitReadAccess access;

	AssessmentVisibility(UnitReadAccess access) {
		this.access = access;
	}

	/** Whether the caller reads the unpublished data of every unit. */
	boolean seesEveryUnit() {
		return ApiPrincipal.current().map(principal -> EVERY_UNIT.contains(principal.role())).orElse(false);
	}

	/** Of the units, those whose unpublished data the caller may read (one query at most). */
	Set<String> entitled(Collection<String> unitCodes) {
		return seesEveryUnit() ? Set.copyOf(unitCodes) : access.readable(unitCodes);
	}

	/**
	 * The view the caller may read: the view itself, or the published result, or null (never published).
	 * @param entitled the units whose unpublished data the caller may read ({@link #entitled})
	 */
	AssessmentView visible(AssessmentView view, Set<String> entitled) {
		if (view == null || entitled.contains(view.unitCode())) {
			return view;
		}
		Assessment published = view.assessment().published(view.tree());
		return published == null ? null : AssessmentView.ofPublished(published, view.tree());
	}

	/** Refuses a stage other than FINAL of a unit whose unpublished data the caller may not read, saying who may. */
	void checkStage(String unitCode, ScoreStage stage) {
		if (stage != null && stage != ScoreStage.FINAL && entitled(Set.of(unitCode)).isEmpty()) {
			throw new AccessDeniedException("the " + stage + " scores of unit " + unitCode + " are not published: "
					+ "they are read by its officers (and those of the units above it), the council, the Steering "
					+ "Committee and the Department; send one of their tokens, or read the FINAL stage");
		}
	}

	/** Refuses a ranking at an unpublished stage to those who may not read every unit's unpublished data. */
	void checkRankingStage(ScoreStage stage) {
		if (stage != null && stage != ScoreStage.FINAL && !seesEveryUnit()) {
			throw new AccessDeniedException("a ranking at the " + stage + " stage shows unpublished scores of every "
					+ "unit: it is read by the council, the Steering Committee and the Department (roles APPRAISER, "
					+ "VIEWER, ADMIN); the published ranking is the FINAL one");
		}
	}

}
