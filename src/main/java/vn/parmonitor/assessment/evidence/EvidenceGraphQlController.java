package vn.parmonitor.assessment.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.assessment.AssessmentView;
import vn.parmonitor.assessment.ComponentScoreView;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.UnitReadAccess;

/**
 * GraphQL {@code Assessment.evidence}, {@code ComponentScore.evidence} (one query for a whole response, empty for a
 * reader who may not see the unit's unpublished data) and {@code removeEvidence}.
 */
@Controller
class EvidenceGraphQlController {

	private final EvidenceStore store;

	private final EvidenceService evidence;

	private final UnitReadAccess access;

	EvidenceGraphQlController(EvidenceStore store, EvidenceService evidence, UnitReadAccess access) {
		this.store = store;
		this.evidence = evidence;
		this.access = access;
	}

	@BatchMapping(typeName = "Assessment")
	Map<AssessmentView, List<EvidenceFile>> evidence(List<AssessmentView> views) {
		Map<String, List<EvidenceFile>> byAssessment = readableFiles(
				views.stream().map(view -> view.assessment().id()).toList(),
				views.stream().map(view -> view.assessment().unitCode()).toList());
		Map<AssessmentView, List<EvidenceFile>> result = new LinkedHashMap<>();
		views.forEach(view -> result.put(view, byAssessment.getOrDefault(view.assessment().id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "ComponentScore", field = "evidence")
	Map<ComponentScoreView, List<EvidenceFile>> componentEvidence(List<ComponentScoreView> scores) {
		Map<String, List<EvidenceFile>> byAssessment = readableFiles(
				scores.stream().map(score -> score.assessment().id()).toList(),
				scores.stream().map(score -> score.assessment().unitCode()).toList());
		Map<ComponentScoreView, List<EvidenceFile>> result = new LinkedHashMap<>();
		scores.forEach(score -> result.put(score, byAssessment.getOrDefault(score.assessment().id(), List.of()).stream()
			.filter(file -> file.componentCode().equals(score.componentCode()))
			.toList()));
		return result;
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT')")
	RemoveEvidenceResult removeEvidence(@Argument RemoveEvidenceInput input) {
		try {
			return new RemoveEvidenceResult(evidence.remove(input.id(), input.reason()), List.of());
		}
		catch (EvidenceRefusal refusal) {
			if (refusal.status().value() == 403) {
				throw new org.springframework.security.access.AccessDeniedException(refusal.getMessage());
			}
			return new RemoveEvidenceResult(null, List.of(UserError.of(refusal.status().value() == 404
					? UserErrorCode.NOT_FOUND : UserErrorCode.CONFLICT, refusal.getMessage(), "input",
					"id")));
		}
	}

	private Map<String, List<EvidenceFile>> readableFiles(List<String> assessmentIds, List<String> unitCodes) {
		Set<String> readable = access.readable(new LinkedHashSet<>(unitCodes));
		Map<String, List<EvidenceFile>> byAssessment = new HashMap<>();
		if (readable.isEmpty()) {
			return byAssessment;
		}
		for (EvidenceFile file : store.ofAssessments(new LinkedHashSet<>(assessmentIds))) {
			if (readable.contains(file.unitCode())) {
				byAssessment.computeIfAbsent(file.assessmentId(), id -> new ArrayList<>()).add(file);
			}
		}
		return byAssessment;
	}

	record RemoveEvidenceInput(String id, String reason) {
	}

	record RemoveEvidenceResult(EvidenceFile evidence, List<UserError> userErrors) {
	}

}
