package vn.parmonitor.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request without the header stays anonymous (it may read);
 * a request with an unknown token is refused with 401, so that a mistyped token never passes for anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			var principal = tokens.authenticate(header.substring(PREFIX.length()).strip());
			if (principal.isEmpty()) {
				response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown API token");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(principal.get().authentication());
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
