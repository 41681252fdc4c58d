package vn.parmonitor.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parmonitor.system.graphql.NodeResolver;

/**
 * {@code node(id:)} for assessments (key {@code <unit>:<methodology>:<year>}), read at their latest stage by those
 * who may read the unit's unpublished data, as published by everyone else (not found when never published).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentNodeResolverConfiguration {

	@Bean
	NodeResolver assessmentNodeResolver(AssessmentReader reader, AssessmentVisibility visibility) {
		return NodeResolver.of("Assessment", key -> {
			List<Assessment> found = reader.findByIds(List.of(key));
			if (found.isEmpty()) {
				return Optional.empty();
			}
			return Optional.ofNullable(visibility.visible(reader.views(found, null).get(0),
					visibility.entitled(List.of(found.get(0).unitCode()))));
		});
	}

}
