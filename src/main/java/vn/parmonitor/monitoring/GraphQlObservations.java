package vn.parmonitor.monitoring;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the observation of each GraphQL request ({@code graphql_request_seconds}, the Operations board) and of each
 * data loader, and drops Spring for GraphQL's observation of every resolved field ({@code graphql.datafetcher}): a
 * page of 100 targets resolves about 1,500 fields, and timing each one cost about 7% of the page's CPU (a JFR
 * profile at national scale) for a per-field timer that no board or rule reads.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservations {

	static final String PER_FIELD = "graphql.datafetcher";

	@Bean
	ObservationPredicate noPerFieldGraphQlObservations() {
		return (name, context) -> !PER_FIELD.equals(name);
	}

}
