package vn.parmonitor;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Testers that send an API token, for mutations. */
public final class Testers {

	private Testers() {
	}

	public static HttpGraphQlTester admin(HttpGraphQlTester tester) {
		return as(tester, ParMonitorIntegrationTest.ADMIN_TOKEN);
	}

	public static HttpGraphQlTester as(HttpGraphQlTester tester, String token) {
		return tester.mutate().header("Authorization", "Bearer " + token).build();
	}

}
