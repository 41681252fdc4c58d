package vn.parmonitor.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.NodeResolver;

/** {@code node(id:)} for assessments (key {@code <unit>:<methodology>:<year>}), read at their latest stage. */
@Component
class AssessmentNodeResolver implements NodeResolver {

	private final AssessmentReader reader;

	AssessmentNodeResolver(AssessmentReader reader) {
		this.reader = reader;
	}

	@Override
	public String nodeType() {
		return "Assessment";
	}

	@Override
	public Optional<?> resolve(String key) {
		List<Assessment> found = reader.findByIds(List.of(key));
		return found.isEmpty() ? Optional.empty() : Optional.of(reader.views(found, null).get(0));
	}

}
