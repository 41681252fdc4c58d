package vn.parmonitor.system.security;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import vn.parmonitor.system.graphql.limits.RefusalMetrics;

/**
 * Every endpoint is reachable (reads are open on the department's network); what a caller may change is decided
 * per GraphQL mutation with {@code @PreAuthorize}, from the role of its API token or of the person's OpenID Connect
 * token.
 *
 * <p>CORS for the GraphQL path follows Spring Boot's {@code spring.graphql.cors.*} properties and is applied here, in
 * front of the token filter, so that a browser on another origin also reads the body of a 401.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, PersonTokens people, JsonMapper json,
			RefusalMetrics metrics, CorsConfigurationSource graphQlCors) throws Exception {
		CorsFilter cors = new CorsFilter(graphQlCors);
		cors.setCorsProcessor(new GraphQlShapedCorsProcessor(json, metrics));
		return http.csrf(csrf -> csrf.disable())
			.cors(configurer -> configurer.disable())
			// In CORS's usual place, ahead of the token filter: a browser on an allowed origin reads a 401's body too.
			.addFilter(cors)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, people, json, metrics), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.build();
	}

	@Bean
	CorsConfigurationSource graphQlCors(GraphQlCorsProperties cors, GraphQlProperties graphQl) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = cors.toCorsConfiguration();
		if (configuration != null) {
			source.registerCorsConfiguration(graphQl.getHttp().getPath(), configuration);
		}
		return source;
	}

}
