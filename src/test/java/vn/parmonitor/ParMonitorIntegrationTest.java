package vn.parmonitor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context the integration tests share (identical annotations, so Spring caches it): the real
 * server on a random port, the embedded store on its memory backend, the demo profile (demo data, 2023 replayed),
 * Quartz not started (tests drive evaluation and delivery themselves), short retry delays, and the real peers of
 * {@link TestInfrastructure} (an SMTP server, a MongoDB command counter). Tests that change data use units and methodologies of their own, never the demo's rankings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "par.embedded-store.backend=memory", "par.scheduling.enabled=false",
				"par.evaluation.run-on-startup=false", "par.notifications.initial-retry-delay=PT1S",
				// Runs of a few batches each (the demo has about ten active targets, tests add more): every test of
				// alerts, digests and metrics sees a run written batch by batch, as a national one is.
				"par.evaluation.batch-size=3",
				"par.notifications.max-retry-delay=PT2S",
				// The tests' webhook receivers listen on loopback, which production refuses.
				"par.notifications.webhook-allowed-hosts=127.0.0.1", "par.security.tokens[0].name=test-admin",
				"par.security.tokens[0].token=" + ParMonitorIntegrationTest.ADMIN_TOKEN,
				"par.security.tokens[0].role=ADMIN", "par.security.tokens[1].name=van-quan-officer",
				"par.security.tokens[1].token=" + ParMonitorIntegrationTest.VAN_QUAN_TOKEN,
				"par.security.tokens[1].role=UNIT", "par.security.tokens[1].unitCode=184",
				"par.security.tokens[2].name=" + ParMonitorIntegrationTest.RATE_LIMITED_CLIENT,
				"par.security.tokens[2].token=" + ParMonitorIntegrationTest.RATE_LIMITED_TOKEN,
				"par.security.tokens[2].role=ADMIN", "par.security.tokens[3].name=council-member",
				"par.security.tokens[3].token=" + ParMonitorIntegrationTest.APPRAISER_TOKEN,
				"par.security.tokens[3].role=APPRAISER", "par.security.tokens[4].name=steering-member",
				"par.security.tokens[4].token=" + ParMonitorIntegrationTest.VIEWER_TOKEN,
				"par.security.tokens[4].role=VIEWER", "par.security.tokens[5].name=lang-son-officer",
				"par.security.tokens[5].token=" + ParMonitorIntegrationTest.LANG_SON_TOKEN,
				"par.security.tokens[5].role=UNIT", "par.security.tokens[5].unitCode=20",
				"par.limits.clients." + ParMonitorIntegrationTest.RATE_LIMITED_CLIENT + ".requests-per-minute=3",
				"par.limits.clients." + ParMonitorIntegrationTest.RATE_LIMITED_CLIENT + ".expensive-per-minute=1",
				"par.security.tokens[6].name=" + ParMonitorIntegrationTest.FILE_LIMITED_CLIENT,
				"par.security.tokens[6].token=" + ParMonitorIntegrationTest.FILE_LIMITED_TOKEN,
				"par.security.tokens[6].role=VIEWER",
				"par.limits.clients." + ParMonitorIntegrationTest.FILE_LIMITED_CLIENT + ".requests-per-minute=2",
				// Tests send thousands of requests from one address and token: only the client above is limited.
				"par.limits.requests-per-minute=1000000", "par.limits.anonymous-requests-per-minute=1000000",
				"par.limits.expensive-per-minute=1000000",
				// Evidence: a small limit, and a real scanner process (a shell that finds the EICAR test signature).
				"par.evidence.max-size=1MB", "par.evidence.scan-command[0]=sh", "par.evidence.scan-command[1]=-c",
				"par.evidence.scan-command[2]=if grep -q EICAR-STANDARD-ANTIVIRUS-TEST-FILE \"$0\"; then echo \"$0: "
						+ "Eicar-Test-Signature FOUND\"; exit 1; fi; echo \"$0: OK\"",
				"par.evidence.scan-command[3]={file}" })
@ActiveProfiles("demo")
@AutoConfigureHttpGraphQlTester
@Import(TestInfrastructure.class)
public @interface ParMonitorIntegrationTest {

	/** An ADMIN token (the Department of Home Affairs). */
	String ADMIN_TOKEN = "test-admin-token-0123456789";

	/** A UNIT token of Văn Quan district (184). */
	String VAN_QUAN_TOKEN = "test-van-quan-token-0123456789";

	/** An APPRAISER token (a member of the appraisal council). */
	String APPRAISER_TOKEN = "test-council-token-0123456789";

	/** A VIEWER token (a member of the Steering Committee). */
	String VIEWER_TOKEN = "test-steering-token-0123456789";

	/** A UNIT token of Lạng Sơn province (20), above its districts. */
	String LANG_SON_TOKEN = "test-lang-son-token-0123456789";

	/** An ADMIN client allowed 3 requests and 1 evaluation a minute, for the tests of per-client limits. */
	String RATE_LIMITED_CLIENT = "rate-limited-client";

	/** The token of {@link #RATE_LIMITED_CLIENT}. */
	String RATE_LIMITED_TOKEN = "test-rate-limited-token-0123456789";

	/** A VIEWER client allowed 2 requests a minute, for the limits of the file endpoints (exports, reports). */
	String FILE_LIMITED_CLIENT = "file-limited-client";

	/** The token of {@link #FILE_LIMITED_CLIENT}. */
	String FILE_LIMITED_TOKEN = "test-file-limited-token-0123456789";

}
