package vn.parmonitor.system.graphiql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, working without internet: the page and every script and style it loads come from
 * the jar (GraphiQL, React and graphql-ws as webjars under {@code /webjars/}). It has the headers editor (for the
 * API token), the documentation explorer, history, and subscriptions over GraphQL-over-WebSocket on the same path.
 * {@code ?query=...} opens it with a query; {@code ?path=...} points it at another endpoint.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphiQlRouting {

	private static final ClassPathResource PAGE = new ClassPathResource("graphiql/index.html");

	@Bean
	RouterFunction<ServerResponse> graphiQlRoute() {
		return RouterFunctions.route()
			.GET("/graphiql", request -> ServerResponse.ok()
				.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noCache())
				.body(PAGE))
			.build();
	}

}
