package vn.parmonitor.methodology;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parmonitor.system.graphql.NodeResolver;

/** {@code node(id:)} for methodologies and criteria nodes (key {@code <methodology>/<node code>}). */
@Configuration(proxyBeanMethods = false)
class MethodologyNodeResolvers {

	@Bean
	NodeResolver methodologyNodeResolver(MethodologyService methodologies) {
		return NodeResolver.of("Methodology", methodologies::find);
	}

	@Bean
	NodeResolver criterionNodeResolver(MethodologyService methodologies) {
		return NodeResolver.of("CriterionNode", key -> {
			int slash = key.indexOf('/');
			if (slash < 0) {
				return Optional.empty();
			}
			return methodologies.find(key.substring(0, slash)).flatMap(methodology -> {
				CriterionTree tree = CriterionTree.of(methodology);
				return tree.node(key.substring(slash + 1)).map(node -> new CriterionNodeView(tree, node));
			});
		});
	}

}
