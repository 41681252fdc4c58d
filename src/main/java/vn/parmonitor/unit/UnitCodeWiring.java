package vn.parmonitor.unit;

import graphql.TrivialDataFetcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * {@code Unit.code} is the unit's official code, read straight from the unit. It is wired as a trivial data fetcher,
 * not as a controller method: a page of 100 targets shows three units a row, and each call through Spring's handler
 * machinery (a handler method, its arguments, its context) cost more than the rest of the unit's fields together.
 */
@Configuration(proxyBeanMethods = false)
class UnitCodeWiring {

	@Bean
	RuntimeWiringConfigurer unitCode() {
		TrivialDataFetcher<String> officialCode = environment -> ((Unit) environment.getSource()).officialCode();
		return wiring -> wiring.type("Unit", type -> type.dataFetcher("code", officialCode));
	}

}
