package vn.parmonitor.system.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: refetches any object by its global id through the resolver of its type. */
@Controller
class NodeController {

	private final Map<String, NodeResolver> resolvers;

	NodeController(List<NodeResolver> resolvers) {
		this.resolvers = resolvers.stream().collect(Collectors.toMap(NodeResolver::nodeType, Function.identity()));
	}

	@QueryMapping
	Object node(@Argument String id) {
		return GlobalId.decode(id)
			.flatMap(decoded -> {
				NodeResolver resolver = resolvers.get(decoded.type());
				return resolver == null ? java.util.Optional.empty() : resolver.resolve(decoded.key());
			})
			.orElse(null);
	}

}
