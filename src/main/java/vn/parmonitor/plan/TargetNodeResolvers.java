package vn.parmonitor.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parmonitor.system.graphql.NodeResolver;

/** {@code node(id:)} for plans and targets. */
@Configuration(proxyBeanMethods = false)
class TargetNodeResolvers {

	@Bean
	NodeResolver planNodeResolver(TargetService targets) {
		return NodeResolver.of("Plan", targets::findPlan);
	}

	@Bean
	NodeResolver targetNodeResolver(TargetService targets) {
		return NodeResolver.of("Target", targets::findTarget);
	}

}
