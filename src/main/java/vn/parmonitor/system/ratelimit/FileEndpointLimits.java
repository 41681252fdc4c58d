package vn.parmonitor.system.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalMetrics;

/**
 * The per-client request rate and concurrency of GraphQL ({@link ClientLimiter}) for the file endpoints too: exports,
 * templates, reports and imports build workbooks and PDFs, so a client that asks for them in a loop is answered
 * 429 with {@code Retry-After} like one that loops on queries. Runs after the security filters, so that a token's
 * quota is its own.
 */
@Component
class FileEndpointLimits extends OncePerRequestFilter {

	private static final String[] PATHS = { "/exports/", "/templates/", "/reports/", "/imports/", "/evidence" };

	private final ClientLimiter clients;

	private final RefusalMetrics metrics;

	FileEndpointLimits(ClientLimiter clients, RefusalMetrics metrics) {
		this.clients = clients;
		this.metrics = metrics;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		for (String limited : PATHS) {
			if (path.startsWith(limited)) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ClientLimiter.Permit permit;
		try {
			permit = clients.admit(Client.current(request.getRemoteAddr()));
		}
		catch (Refusal refusal) {
			metrics.refused(refusal.reason());
			response.setStatus(refusal.status());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":"
					+ refusal.status() + ",\"detail\":\"" + refusal.getMessage().replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\",\"field\":\"Authorization\"}");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permit.release();
		}
	}

}
