package vn.parmonitor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context the integration tests share (identical annotations, so Spring caches it): the real
 * server on a random port, the embedded store on its memory backend, the demo data loaded, and a MongoDB command
 * counter. Tests that change data use units and methodologies of their own, never the demo's rankings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "par.embedded-store.backend=memory" })
@AutoConfigureHttpGraphQlTester
@Import(MongoCommandCounter.Configuration.class)
public @interface ParMonitorIntegrationTest {
}
