package vn.parmonitor.unit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parmonitor.system.graphql.NodeResolver;

/** {@code node(id:)} for units (key: the unit code). */
@Configuration(proxyBeanMethods = false)
class UnitNodeResolverConfiguration {

	@Bean
	NodeResolver unitNodeResolver(UnitService units) {
		return NodeResolver.of("Unit", units::find);
	}

}
