package vn.parmonitor.system.http;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import vn.parmonitor.system.graphql.limits.GraphQlLimitsProperties;
import vn.parmonitor.system.graphql.limits.RefusalMetrics;
import vn.parmonitor.system.ratelimit.ClientLimiter;
import vn.parmonitor.system.startup.StartupTasks;

/**
 * Routes every HTTP method of the GraphQL path to {@link GraphQlHttpEndpoint}, ahead of Spring Boot's GraphQL route
 * (order 0), which then only serves {@code /graphql/schema}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpRouting {

	@Bean
	GraphQlHttpEndpoint graphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper json,
			GraphQlLimitsProperties limits, RefusalMetrics metrics, ClientLimiter clients, StartupTasks startup) {
		return new GraphQlHttpEndpoint(graphQlHandler, json, limits, metrics, clients, startup);
	}

	@Bean
	@Order(-10)
	RouterFunction<ServerResponse> graphQlEndpointRoute(GraphQlHttpEndpoint endpoint, GraphQlProperties properties) {
		return RouterFunctions.route(RequestPredicates.path(properties.getHttp().getPath()), endpoint::handle);
	}

}
