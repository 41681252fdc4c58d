package vn.parmonitor.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parmonitor.system.graphql.NodeResolver;

/** {@code node(id:)} for assessments (key {@code <unit>:<methodology>:<year>}), read at their latest stage. */
@Configuration(proxyBeanMethods = false)
class AssessmentNodeResolverConfiguration {

	@Bean
	NodeResolver assessmentNodeResolver(AssessmentReader reader) {
		return NodeResolver.of("Assessment", key -> {
			List<Assessment> found = reader.findByIds(List.of(key));
			return found.isEmpty() ? Optional.empty() : Optional.of(reader.views(found, null).get(0));
		});
	}

}
