package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.Unit;

/**
 * Checks a batch of scores against the unit, the methodology and the tree: every problem is reported with the
 * input path and the accepted range, so that the batch can be fixed and sent again as a whole.
 */
final class ScoreValidator {

	static final int MAX_BATCH = 1000;

	static final int MAX_DECIMALS = 3;

	private final List<UserError> errors = new ArrayList<>();

	private final List<String> base;

	private final Set<String> withEvidence;

	private ScoreValidator(List<String> base, Set<String> withEvidence) {
		this.base = base;
		this.withEvidence = withEvidence;
	}

	/**
	 * @param base the input path of the batch, e.g. {@code [input]}; scores are reported under
	 *     {@code <base>/scores/<i>}, or directly under {@code base} when {@code single}
	 * @param withEvidence the components with evidence files: their SELF scores need no note
	 */
	static List<UserError> validate(ScoreBatch batch, Unit unit, Methodology methodology, List<String> base,
			boolean single, Set<String> withEvidence) {
		ScoreValidator validator = new ScoreValidator(base, withEvidence);
		if (!validator.checkTarget(batch, unit, methodology)) {
			return validator.errors;
		}
		CriterionTree tree = CriterionTree.of(methodology);
		List<ScoreInput> scores = batch.scores() == null ? List.of() : batch.scores();
		if (scores.isEmpty()) {
			validator.error(UserErrorCode.REQUIRED, "give at least one score", List.of("scores"));
		}
		else if (scores.size() > MAX_BATCH) {
			validator.error(UserErrorCode.TOO_MANY,
					"a batch holds at most " + MAX_BATCH + " scores, got " + scores.size(), List.of("scores"));
		}
		else {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < scores.size(); i++) {
				List<String> path = single ? List.of() : List.of("scores", String.valueOf(i));
				validator.checkScore(scores.get(i), tree, seen, path);
			}
		}
		return validator.errors;
	}

	private boolean checkTarget(ScoreBatch batch, Unit unit, Methodology methodology) {
		if (unit == null) {
			error(UserErrorCode.NOT_FOUND, "unit " + batch.unitCode() + " does not exist", List.of("unitCode"));
		}
		if (methodology == null) {
			error(UserErrorCode.NOT_FOUND, "methodology " + batch.methodologyCode() + " does not exist",
					List.of("methodologyCode"));
		}
		if (unit == null || methodology == null) {
			return false;
		}
		if (unit.kind() != methodology.unitKind()) {
			error(UserErrorCode.INVALID, "methodology " + methodology.code() + " scores units of kind "
					+ methodology.unitKind() + ", but unit " + unit.label() + " is a " + unit.kind(), List.of("unitCode"));
		}
		if (batch.year() != null && methodology.appliesTo(batch.year())) {
			java.time.LocalDate lastDay = java.time.LocalDate.of(batch.year(), 12, 31);
			java.util.Optional<String> never = unit.notValidDuring(java.time.LocalDate.of(batch.year(), 1, 1), lastDay);
			if (never.isPresent()) {
				error(UserErrorCode.OUT_OF_RANGE, never.get() + ": it cannot be scored for " + batch.year(),
						List.of("unitCode"));
			}
			else if (!unit.activeOn(lastDay)) {
				// A year's index is of the units that exist at its end: 2025's of the 34 new provinces, not of old
				// Bắc Giang, which existed until 30 June 2025.
				error(UserErrorCode.OUT_OF_RANGE, "unit " + unit.described() + " exists to "
						+ unit.validTo() + ": the " + batch.year() + " index is of the units that exist on " + lastDay
						+ (unit.successorCodes().isEmpty() ? "" : "; score its successor " + unit.successorCodes()),
						List.of("unitCode"));
			}
		}
		if (batch.year() == null || !methodology.appliesTo(batch.year())) {
			error(UserErrorCode.OUT_OF_RANGE, "methodology " + methodology.code() + " applies to "
					+ (methodology.year() == methodology.lastYear() ? "year " + methodology.year()
							: "years " + methodology.year() + " to " + methodology.lastYear())
					+ ", not to " + batch.year(), List.of("year"));
		}
		return errors.isEmpty();
	}

	private void checkScore(ScoreInput score, CriterionTree tree, Set<String> seen, List<String> path) {
		CriterionDefinition component = score.componentCode() == null ? null
				: tree.node(score.componentCode()).orElse(null);
		String methodology = tree.methodology().code();
		if (component == null) {
			error(UserErrorCode.NOT_FOUND, "component " + score.componentCode() + " does not exist in " + methodology,
					append(path, "componentCode"));
			return;
		}
		if (component.level() != NodeLevel.COMPONENT) {
			error(UserErrorCode.INVALID, score.componentCode() + " is a " + component.level()
					+ "; only components are scored, its points are the sum of its components'",
					append(path, "componentCode"));
			return;
		}
		if (score.stage() == null) {
			error(UserErrorCode.REQUIRED, "component " + component.code() + " needs a stage (SELF, APPRAISED or FINAL)",
					append(path, "stage"));
			return;
		}
		if (!seen.add(component.code() + "/" + score.stage())) {
			error(UserErrorCode.DUPLICATE, "component " + component.code() + " has more than one " + score.stage()
					+ " score in this batch", append(path, "componentCode"));
		}
		checkPoints(score, component, path);
		if (score.stage() == ScoreStage.SELF && !component.method().selfScored()) {
			error(UserErrorCode.INVALID, "component " + component.code() + " is assessed by " + component.method()
					+ " and is never self-scored; record its APPRAISED or FINAL score", append(path, "stage"));
		}
		else if (score.stage() == ScoreStage.SELF && (score.note() == null || score.note().isBlank())
				&& !withEvidence.contains(component.code())) {
			error(UserErrorCode.REQUIRED, "the self-assessed score of component " + component.code()
					+ " needs evidence: upload its documents (POST /evidence), or give a note naming them or explaining "
					+ "why they are missing", append(path, "note"));
		}
	}

	private void checkPoints(ScoreInput score, CriterionDefinition component, List<String> path) {
		BigDecimal points = score.points();
		BigDecimal maximum = component.maxPoints();
		String range = "accepted: 0 to " + Points.shown(maximum).toPlainString();
		if (points == null) {
			error(UserErrorCode.REQUIRED, "component " + component.code() + " needs points (" + range + ")",
					append(path, "points"));
		}
		else if (points.signum() < 0) {
			error(UserErrorCode.OUT_OF_RANGE, "score " + points.toPlainString() + " of component " + component.code()
					+ " is below 0 (" + range + ")", append(path, "points"));
		}
		else if (points.compareTo(maximum) > 0) {
			error(UserErrorCode.OUT_OF_RANGE, "score " + points.toPlainString() + " exceeds the maximum "
					+ Points.shown(maximum).toPlainString() + " of component " + component.code(), append(path, "points"));
		}
		else if (points.stripTrailingZeros().scale() > MAX_DECIMALS) {
			error(UserErrorCode.INVALID, "score " + points.toPlainString() + " of component " + component.code()
					+ " has more than " + MAX_DECIMALS + " decimal places", append(path, "points"));
		}
	}

	private static List<String> append(List<String> path, String field) {
		List<String> longer = new ArrayList<>(path);
		longer.add(field);
		return longer;
	}

	private void error(UserErrorCode code, String message, List<String> field) {
		List<String> path = new ArrayList<>(base);
		path.addAll(field);
		errors.add(new UserError(path, message, code));
	}

}
