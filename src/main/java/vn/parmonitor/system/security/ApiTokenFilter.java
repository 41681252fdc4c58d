package vn.parmonitor.system.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalMetrics;
import vn.parmonitor.system.graphql.limits.RefusalReason;
import vn.parmonitor.system.http.RefusalBodies;

/**
 * Authenticates {@code Authorization: Bearer <token>}: a machine's API token, or a person's OpenID Connect access
 * token ({@link PersonTokens}). A request without the header stays anonymous (it may read what is public);
 * a request with an unknown token, or with an {@code Authorization} header of another scheme, is refused with 401 in
 * the GraphQL shape, so that a mistyped token never passes for anonymous and the client reads why.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final PersonTokens people;

	private final JsonMapper json;

	private final RefusalMetrics metrics;

	ApiTokenFilter(ApiTokens tokens, PersonTokens people, JsonMapper json, RefusalMetrics metrics) {
		this.tokens = tokens;
		this.people = people;
		this.json = json;
		this.metrics = metrics;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null) {
			if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
				refuse(response, "the Authorization header must read 'Bearer <token>' with an API token; "
						+ "leave it out to read without a token");
				return;
			}
			String presented = header.substring(PREFIX.length()).strip();
			var principal = tokens.authenticate(presented);
			if (principal.isEmpty() && PersonTokens.looksLikeJwt(presented)) {
				PersonTokens.Result person = people.authenticate(presented);
				if (person.refusal() != null) {
					refuse(response, person.refusal());
					return;
				}
				principal = java.util.Optional.of(person.principal());
			}
			if (principal.isEmpty()) {
				refuse(response, "the token in the Authorization header is not a known API token: check it for typos "
						+ "or ask the Department for one (par.security.tokens); leave the header out to read without a token");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(principal.get().authentication());
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, String message) throws IOException {
		metrics.refused(RefusalReason.INVALID_TOKEN);
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		RefusalBodies.send(response, json,
				new Refusal(RefusalReason.INVALID_TOKEN, 401, message, Map.of("header", "Authorization"), null));
	}

}
