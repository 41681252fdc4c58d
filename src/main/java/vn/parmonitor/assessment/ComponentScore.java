package vn.parmonitor.assessment;

import java.util.EnumMap;
import java.util.Map;

/** One component's scores, at each stage recorded so far. */
public record ComponentScore(String componentCode, Map<ScoreStage, StageScore> stages) {

	public ComponentScore {
		EnumMap<ScoreStage, StageScore> copy = new EnumMap<>(ScoreStage.class);
		if (stages != null) {
			copy.putAll(stages);
		}
		stages = java.util.Collections.unmodifiableMap(copy);
	}

	public StageScore at(ScoreStage stage) {
		return stages.get(stage);
	}

	ComponentScore with(ScoreStage stage, StageScore score) {
		EnumMap<ScoreStage, StageScore> copy = new EnumMap<>(ScoreStage.class);
		copy.putAll(stages);
		copy.put(stage, score);
		return new ComponentScore(componentCode, copy);
	}

}
