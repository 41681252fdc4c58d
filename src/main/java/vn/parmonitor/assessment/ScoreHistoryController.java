package vn.parmonitor.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import vn.parmonitor.system.audit.AuditEntry;
import vn.parmonitor.audit.AuditQueries;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.audit.FieldChange;
import vn.parmonitor.unit.UnitReadAccess;

/**
 * GraphQL {@code ComponentScore.history}: every change of the score, read from the audit log of its assessment, in
 * one query for all the scores of a response. The SELF and APPRAISED history is for those who may read the unit's
 * unpublished data ({@link UnitReadAccess}); anyone reads the FINAL history.
 */
@Controller
class ScoreHistoryController {

	private final AuditQueries audit;

	private final UnitReadAccess access;

	ScoreHistoryController(AuditQueries audit, UnitReadAccess access) {
		this.audit = audit;
		this.access = access;
	}

	@BatchMapping(typeName = "ComponentScore")
	Map<ComponentScoreView, List<ScoreChange>> history(List<ComponentScoreView> scores) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> unitCodes = new LinkedHashSet<>();
		scores.forEach(score -> {
			ids.add(score.assessment().id());
			unitCodes.add(score.assessment().unitCode());
		});
		Set<String> readable = access.readable(unitCodes);
		Map<String, Map<String, List<ScoreChange>>> byAssessment = new HashMap<>();
		for (AuditEntry entry : audit.ofEntities(AuditedEntity.ASSESSMENT, ids)) {
			byAssessment.computeIfAbsent(entry.entityId(), id -> new HashMap<>());
			changesOf(entry).forEach((component, changes) -> byAssessment.get(entry.entityId())
				.computeIfAbsent(component, code -> new ArrayList<>())
				.addAll(changes));
		}
		Map<ComponentScoreView, List<ScoreChange>> result = new LinkedHashMap<>();
		for (ComponentScoreView score : scores) {
			boolean all = readable.contains(score.assessment().unitCode());
			List<ScoreChange> changes = byAssessment.getOrDefault(score.assessment().id(), Map.of())
				.getOrDefault(score.componentCode(), List.of());
			result.put(score, all ? changes
					: changes.stream().filter(change -> change.stage() == ScoreStage.FINAL).toList());
		}
		return result;
	}

	/** The entry's score changes, per component, one per stage changed. */
	private static Map<String, List<ScoreChange>> changesOf(AuditEntry entry) {
		Map<String, Map<ScoreStage, String[]>> values = new LinkedHashMap<>();
		for (FieldChange change : entry.changes()) {
			String field = change.field();
			if (!field.startsWith(ScoreChanges.PREFIX)) {
				continue;
			}
			int attribute = field.lastIndexOf('.');
			int stage = field.lastIndexOf('.', attribute - 1);
			String component = field.substring(ScoreChanges.PREFIX.length(), stage);
			ScoreStage scoreStage = ScoreStage.valueOf(field.substring(stage + 1, attribute));
			String[] value = values.computeIfAbsent(component, code -> new LinkedHashMap<>())
				.computeIfAbsent(scoreStage, s -> new String[4]);
			int offset = field.endsWith(".points") ? 0 : 2;
			value[offset] = change.before();
			value[offset + 1] = change.after();
		}
		Map<String, List<ScoreChange>> changes = new LinkedHashMap<>();
		values.forEach((component, stages) -> stages.forEach((stage, value) -> changes
			.computeIfAbsent(component, code -> new ArrayList<>())
			.add(new ScoreChange(stage, decimal(value[0]), decimal(value[1]), value[2], value[3], entry.at(), entry.actor(),
					entry.action(), entry.reason()))));
		return changes;
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

}
