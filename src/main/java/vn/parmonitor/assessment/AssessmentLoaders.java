package vn.parmonitor.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	AssessmentLoaders(BatchLoaderRegistry registry, AssessmentReader reader) {
		registry.<AssessmentKey, AssessmentView>forName("unitAssessment")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> reader.load(keys)));
		registry.<UnitAssessmentsKey, PagedConnection<AssessmentView>>forName("unitAssessments")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> {
				Map<String, List<Assessment>> byUnit = reader
					.byUnit(keys.stream().map(UnitAssessmentsKey::unitCode).toList());
				List<Assessment> all = byUnit.values().stream().flatMap(List::stream).toList();
				Map<String, AssessmentView> views = new HashMap<>();
				reader.views(all, null).forEach(view -> views.put(view.assessment().id(), view));
				Map<UnitAssessmentsKey, PagedConnection<AssessmentView>> pages = new HashMap<>();
				for (UnitAssessmentsKey key : keys) {
					List<AssessmentView> own = byUnit.getOrDefault(key.unitCode(), List.of())
						.stream()
						.map(a -> views.get(a.id()))
						.toList();
					pages.put(key, Pages.slice(own, key.page()));
				}
				return pages;
			}));
	}

	record UnitAssessmentsKey(String unitCode, PageRequest page) {
	}

}
