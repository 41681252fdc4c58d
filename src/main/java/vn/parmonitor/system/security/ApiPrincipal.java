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
