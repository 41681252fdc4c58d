package vn.parmonitor.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.Pages;
import vn.parmonitor.system.graphql.PagedConnection;

/**
 * Data loaders for the assessment fields of {@code Unit}, whose arguments (year, methodology, stage, page) differ
 * per call: all calls of one request are answered by one query.
 */
@Component
class AssessmentLoaders {

	AssessmentLoaders(BatchLoaderRegistry registry, AssessmentReader reader, AssessmentVisibility visibility) {
		registry.<AssessmentKey, AssessmentView>forName("unitAssessment")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> {
				Set<String> entitled = visibility.entitled(keys.stream().map(AssessmentKey::unitCode).toList());
				Map<AssessmentKey, AssessmentView> visible = new HashMap<>();
				reader.load(keys).forEach((key, view) -> {
					// An unpublished stage asked of a unit the caller may not read is not there for it.
					boolean unpublishedStage = key.stage() != null && key.stage() != ScoreStage.FINAL;
					AssessmentView shown = unpublishedStage && !entitled.contains(key.unitCode()) ? null
							: visibility.visible(view, entitled);
					if (shown != null) {
						visible.put(key, shown);
					}
				});
				return visible;
			}));
		registry.<UnitAssessmentsKey, PagedConnection<AssessmentView>>forName("unitAssessments")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> {
				Map<String, List<Assessment>> byUnit = reader
					.byUnit(keys.stream().map(UnitAssessmentsKey::unitCode).toList());
				List<Assessment> all = byUnit.values().stream().flatMap(List::stream).toList();
				Set<String> entitled = visibility.entitled(byUnit.keySet());
				Map<String, AssessmentView> views = new HashMap<>();
				reader.views(all, null).forEach(view -> {
					AssessmentView shown = visibility.visible(view, entitled);
					if (shown != null) {
						views.put(view.assessment().id(), shown);
					}
				});
				Map<UnitAssessmentsKey, PagedConnection<AssessmentView>> pages = new HashMap<>();
				for (UnitAssessmentsKey key : keys) {
					List<AssessmentView> own = byUnit.getOrDefault(key.unitCode(), List.of())
						.stream()
						.map(a -> views.get(a.id()))
						.filter(java.util.Objects::nonNull)
						.toList();
					pages.put(key, Pages.slice(own, key.page()));
				}
				return pages;
			}));
	}

	record UnitAssessmentsKey(String unitCode, PageRequest page) {
	}

}
