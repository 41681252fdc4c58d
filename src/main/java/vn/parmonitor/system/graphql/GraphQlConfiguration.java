package vn.parmonitor.system.graphql;

import java.util.List;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars, the {@code Node} wiring and the limits that protect the server from runaway queries. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(DecimalScalar.INSTANCE)
			.scalar(TemporalScalars.DATE)
			.scalar(TemporalScalars.DATE_TIME);
	}

	@Bean
	GraphQlSourceBuilderCustomizer nodeWiring() {
		return builder -> builder.defaultTypeResolver(NodeWiring.typeResolver())
			.typeVisitors(List.of(NodeWiring.idFieldVisitor()));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(@Value("${par.graphql.max-query-depth}") int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(
			@Value("${par.graphql.max-query-complexity}") int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity);
	}

}
