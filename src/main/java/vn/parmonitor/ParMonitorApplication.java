package vn.parmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * PAR Monitor: the PAR index methodology, administrative units, scores and rankings over GraphQL.
 *
 * <p>Each direct sub-package is one feature ({@code unit}, {@code methodology}, {@code assessment}, ...);
 * {@code system} holds the cross-cutting wiring (store, GraphQL plumbing).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ParMonitorApplication {

	public static void main(String[] args) {
		SpringApplication.run(ParMonitorApplication.class, args);
	}

}
