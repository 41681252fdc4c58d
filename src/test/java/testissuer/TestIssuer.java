package testissuer;

import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect issuer for the tests: Spring Authorization Server on 127.0.0.1, a random port, its own
 * signing key, and one client per person (client credentials), whose access tokens carry PAR Monitor's claims
 * ({@code par_role}, {@code par_unit}, {@code preferred_username}) as an identity provider would. Outside the
 * {@code vn.parmonitor} packages on purpose: PAR Monitor's component scan must not find it.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
		OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class TestIssuer {

	/** The secret of a test client (the issuer wants each one different). */
	public static String secretOf(String client) {
		return "test-issuer-secret-of-" + client;
	}

	/** The people: client id → their claims (no role for the stranger). */
	public static final Map<String, Map<String, Object>> PEOPLE = Map.of(
			"doha-officer", Map.of("par_role", "ADMIN", "preferred_username", "Nguyễn Văn A (Sở Nội vụ)"),
			"council-member", Map.of("par_role", "APPRAISER", "preferred_username", "Trần Thị B (Hội đồng thẩm định)"),
			"van-quan-officer", Map.of("par_role", "UNIT", "par_unit", "184", "preferred_username", "Lê Văn C (Văn Quan)"),
			"steering-member", Map.of("par_role", "VIEWER", "preferred_username", "Phạm Văn D (Ban Chỉ đạo)"),
			"stranger", Map.of("preferred_username", "Người lạ"));

	/** Starts an issuer; close the context to stop it. */
	public static ConfigurableApplicationContext start() {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(TestIssuer.class);
		String prefix = "--spring.security.oauth2.authorizationserver.client.";
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--spring.config.name=test-issuer",
				"--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off"));
		for (String client : PEOPLE.keySet()) {
			args.add(prefix + client + ".registration.client-id=" + client);
			args.add(prefix + client + ".registration.client-secret={noop}" + secretOf(client));
			args.add(prefix + client + ".registration.client-authentication-methods=client_secret_basic");
			args.add(prefix + client + ".registration.authorization-grant-types=client_credentials");
		}
		return builder.run(args.toArray(String[]::new));
	}

	/** The issuer's address, which is its {@code iss}. */
	public static String issuerUri(ConfigurableApplicationContext issuer) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) issuer).getWebServer().getPort();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> parClaims() {
		return context -> {
			Map<String, Object> claims = PEOPLE.get(context.getRegisteredClient().getClientId());
			if (claims != null) {
				claims.forEach((name, value) -> context.getClaims().claim(name, value));
			}
		};
	}

}
