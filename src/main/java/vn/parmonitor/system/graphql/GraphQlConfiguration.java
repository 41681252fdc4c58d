package vn.parmonitor.system.graphql;

import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars and the {@code Node} wiring. The limits that protect the server from runaway queries are the
 * instrumentations of {@code system.graphql.limits}.
 */
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

}
