package vn.parmonitor.indicator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.parmonitor.system.graphql.NodeResolver;

/** {@code node(id:)} for indicators and observations. */
@Configuration(proxyBeanMethods = false)
class IndicatorNodeResolvers {

	@Bean
	NodeResolver indicatorNodeResolver(IndicatorService indicators) {
		return NodeResolver.of("Indicator", indicators::find);
	}

	@Bean
	NodeResolver observationNodeResolver(IndicatorService indicators) {
		return NodeResolver.of("Observation", indicators::findObservation);
	}

}
