package vn.parmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * PAR Monitor: the PAR index methodology, administrative units, scores and rankings over GraphQL.
 *
 * <p>Each direct sub-package is one feature ({@code unit}, {@code methodology}, {@code assessment}, ...);
 * {@code system} holds the cross-cutting wiring (store, GraphQL plumbing).
 */
// API tokens replace users and passwords: Boot's generated in-memory user would only be a confusing second door.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ParMonitorApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParMonitorApplication.class, args);
	}

}
