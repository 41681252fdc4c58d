package vn.parmonitor.system.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.security.ApiPrincipal;

/**
 * Turns {@link InvalidArgumentException}s into {@code BAD_REQUEST} errors that name the argument, and refusals of
 * access into errors that say what to send: the {@code Authorization} header and the role the operation needs.
 * Ahead of Spring's own security resolver, whose bare "Unauthorized" says neither.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling extends DataFetcherExceptionResolverAdapter {

	/** The roles named in a {@code @PreAuthorize} expression: {@code hasRole('ADMIN')}, {@code hasAnyRole('A','B')}. */
	private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of("argument", invalid.argument()))
				.build();
		}
		if (ex instanceof AccessDeniedException denied) {
			return accessDenied(denied, environment);
		}
		return null;
	}

	/** Spring Security's message when it says no more. */
	private static final String DEFAULT_DENIAL = "Access Denied";

	private static GraphQLError accessDenied(AccessDeniedException denied, DataFetchingEnvironment environment) {
		String field = environment.getField().getName();
		List<String> roles = requiredRoles(denied);
		String needs = roles.isEmpty() ? "an API token" : "an API token with role " + String.join(" or ", roles);
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("header", "Authorization");
		if (!roles.isEmpty()) {
			extensions.put("requiredRoles", roles);
		}
		var caller = ApiPrincipal.current();
		if (caller.isEmpty()) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.UNAUTHORIZED)
				.message((roles.isEmpty() && denied.getMessage() != null && !DEFAULT_DENIAL.equals(denied.getMessage())
						? denied.getMessage() : field + " needs " + needs)
						+ ": send the header 'Authorization: Bearer <token>'")
				.extensions(extensions)
				.build();
		}
		ApiPrincipal principal = caller.get();
		extensions.put("tokenRole", principal.role().name());
		String message = roles.isEmpty() || roles.contains(principal.role().name()) ? denied.getMessage()
				: field + " needs " + needs + "; token '" + principal.name() + "' has role " + principal.role();
		return GraphqlErrorBuilder.newError(environment).errorType(ErrorType.FORBIDDEN).message(message)
			.extensions(extensions).build();
	}

	private static List<String> requiredRoles(AccessDeniedException denied) {
		if (denied instanceof AuthorizationDeniedException authorization
				&& authorization.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision) {
			Matcher matcher = ROLE.matcher(decision.getExpression().getExpressionString());
			return matcher.results().map(match -> match.group(1)).toList();
		}
		return List.of();
	}

}
