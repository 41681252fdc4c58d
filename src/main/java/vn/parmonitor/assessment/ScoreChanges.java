package vn.parmonitor.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.parmonitor.system.audit.FieldChange;

/**
 * The values a write changes in an assessment, for its audit entry: {@code scores.<component>.<STAGE>.points} and
 * {@code .note}, before and after, in the tree's order. A score's history ({@code ComponentScore.history}) is read
 * back from these names.
 */
final class ScoreChanges {

	static final String PREFIX = "scores.";

	private ScoreChanges() {
	}

	static List<FieldChange> between(Assessment before, Assessment after) {
		Map<String, ComponentScore> old = new LinkedHashMap<>();
		if (before != null) {
			before.scores().forEach(score -> old.put(score.componentCode(), score));
		}
		List<FieldChange> changes = new ArrayList<>();
		for (ComponentScore score : after.scores()) {
			ComponentScore previous = old.get(score.componentCode());
			for (ScoreStage stage : ScoreStage.values()) {
				StageScore was = previous == null ? null : previous.at(stage);
				StageScore is = score.at(stage);
				String field = field(score.componentCode(), stage);
				String wasPoints = was == null ? null : Points.shown(was.points()).toPlainString();
				String isPoints = is == null ? null : Points.shown(is.points()).toPlainString();
				if (!Objects.equals(wasPoints, isPoints)) {
					changes.add(new FieldChange(field + ".points", wasPoints, isPoints));
				}
				String wasNote = was == null ? null : was.note();
				String isNote = is == null ? null : is.note();
				if (!Objects.equals(wasNote, isNote)) {
					changes.add(new FieldChange(field + ".note", wasNote, isNote));
				}
			}
		}
		return changes;
	}

	static String field(String componentCode, ScoreStage stage) {
		return PREFIX + componentCode + "." + stage;
	}

}
