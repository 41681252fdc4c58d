package vn.parmonitor.assessment;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's scores under one methodology in one year: one document, so recording a batch of scores is one atomic
 * write. The stage totals are derived from the scores and rewritten with them in that same write.
 *
 * @param id {@code <unit>:<methodology>:<year>}
 * @param parentUnitCode the unit's parent when the scores were recorded (for rankings within a parent)
 * @param family the methodology's family (for year-on-year look-ups)
 * @param sourceNote where the scores come from
 * @param synthetic whether the scores are made up (demo data), not published or recorded
 * @param version optimistic lock: concurrent writers never lose each other's scores
 */
@Document("assessments")
@CompoundIndex(name = "ranking", def = "{'methodologyCode': 1, 'year': 1, 'parentUnitCode': 1}")
@CompoundIndex(name = "unit_year", def = "{'unitCode': 1, 'year': -1}")
@CompoundIndex(name = "family_year", def = "{'family': 1, 'year': 1}")
public record Assessment(@Id String id, String unitCode, String parentUnitCode, String methodologyCode, String family,
		int year, List<ComponentScore> scores, Map<ScoreStage, StageTotal> totals, String sourceNote,
		boolean synthetic, @Version Long version, Instant updatedAt) {

	public Assessment {
		scores = scores == null ? List.of() : List.copyOf(scores);
		EnumMap<ScoreStage, StageTotal> copy = new EnumMap<>(ScoreStage.class);
		if (totals != null) {
			copy.putAll(totals);
		}
		totals = java.util.Collections.unmodifiableMap(copy);
	}

	public static String idOf(String unitCode, String methodologyCode, int year) {
		return unitCode + ":" + methodologyCode + ":" + year;
	}

	/** The most advanced stage with at least one score, or empty when nothing is scored yet. */
	public Optional<ScoreStage> latestStage() {
		for (int i = ScoreStage.values().length - 1; i >= 0; i--) {
			ScoreStage stage = ScoreStage.values()[i];
			if (totals.containsKey(stage)) {
				return Optional.of(stage);
			}
		}
		return Optional.empty();
	}

}
