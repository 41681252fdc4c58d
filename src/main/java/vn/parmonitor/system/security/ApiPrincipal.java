package vn.parmonitor.system.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller behind an API token. */
public record ApiPrincipal(String name, ApiRole role, String unitCode) {

	/** The authenticated caller of the current request, if any. */
	public static Optional<ApiPrincipal> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof ApiPrincipal principal
				? Optional.of(principal) : Optional.empty();
	}

	Authentication authentication() {
		return new Authentication(this);
	}

	/**
	 * Runs {@code work} as this principal (a job of the server's own that reads as a role reads, e.g. the monthly
	 * reports as a VIEWER), restoring the thread's security context afterwards.
	 */
	public <T> T runAs(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication());
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	static final class Authentication extends AbstractAuthenticationToken {

		private final ApiPrincipal principal;

		Authentication(ApiPrincipal principal) {
			super(List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
			this.principal = principal;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return principal;
		}

		@Override
		public String getName() {
			return principal.name();
		}

	}

}
