package vn.parmonitor.alerting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A webhook goes to a public host: loopback, private, link-local and other internal addresses are refused when the
 * contacts are set and again when a notification is sent, unless the host is allowed by configuration (the tests'
 * receivers at 127.0.0.1 are).
 */
@ParMonitorIntegrationTest
class WebhookAddressesTest {

	private static final String SET = """
			mutation($url: String) { setUnitContacts(input: { unitCode: "T-HOOK", emails: ["so@hook.invalid"], webhookUrl: $url }) {
			  contacts { webhookUrl } userErrors { field message code } } }""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Test
	void internalAddressesAreRefusedNamingTheFieldTheAddressAndTheWayToAllowOne() {
		HttpGraphQlTester admin = Testers.admin(anonymous);
		admin.document("mutation { upsertUnits(input: { units: [{ code: \"T-HOOK\", name: \"Tỉnh Móc\", kind: PROVINCE }] }) "
				+ "{ userErrors { message } } }").execute().path("upsertUnits.userErrors").entityList(Object.class).hasSize(0);
		admin.document(SET).variable("url", "https://hooks.example.org/par").execute()
			.path("setUnitContacts.contacts.webhookUrl").entity(String.class).isEqualTo("https://hooks.example.org/par");

		Map<String, String> refused = Map.of(
				"http://169.254.169.254/latest/meta-data/", "webhookUrl host '169.254.169.254' is 169.254.169.254, a link-local address",
				"http://10.1.2.3/hook", "webhookUrl host '10.1.2.3' is 10.1.2.3, a private address",
				"http://192.168.0.10:8080/hook", "webhookUrl host '192.168.0.10' is 192.168.0.10, a private address",
				"http://localhost:9000/hook", "webhookUrl host 'localhost' is at 127.0.0.1, a loopback address",
				"http://[::1]/hook", "webhookUrl host '[::1]' is at 0:0:0:0:0:0:0:1, a loopback address",
				"http://100.64.0.1/hook", "webhookUrl host '100.64.0.1' is 100.64.0.1, a shared (carrier-grade NAT) address",
				"http://0.0.0.0/hook", "webhookUrl host '0.0.0.0' is 0.0.0.0, a wildcard address");
		refused.forEach((url, reason) -> admin.document(SET).variable("url", url).execute()
			.path("setUnitContacts.userErrors[0]").entity(Map.class)
			.isEqualTo(Map.of("field", List.of("input", "webhookUrl"), "code", "INVALID", "message", reason
					+ "; webhooks go to public hosts only, unless the host is listed in par.notifications.webhook-allowed-hosts")));
		admin.document(SET).variable("url", "ftp://hooks.example.org/par").execute()
			.path("setUnitContacts.userErrors[0].message").entity(String.class)
			.isEqualTo("webhookUrl 'ftp://hooks.example.org/par' must be an absolute http:// or https:// URL without user info");
		assertThat(admin.document(SET).variable("url", "https://user:secret@hooks.example.org/par").execute()
			.path("setUnitContacts.userErrors[0].message").entity(String.class).get())
			.startsWith("webhookUrl 'https://user:secret@hooks.example.org/par' must be");

		assertThat(admin.document("{ unit(code: \"T-HOOK\") { contacts { webhookUrl } } }").execute()
			.path("unit.contacts.webhookUrl").entity(String.class).get()).as("the refused ones changed nothing")
			.isEqualTo("https://hooks.example.org/par");
		assertThat(admin.document(SET).variable("url", "http://127.0.0.1:9/hook").execute()
			.path("setUnitContacts.contacts.webhookUrl").entity(String.class).get()).as("allowed by configuration")
			.isEqualTo("http://127.0.0.1:9/hook");
	}

	@Test
	void aNotificationToAHostThatNowIsInternalIsNotSent() {
		NotificationProperties properties = new NotificationProperties(null, null, null, null, null, null, 0,
				List.of("*.intranet.langson.gov.vn"));
		WebhookAddresses addresses = new WebhookAddresses(properties);
		assertThat(addresses.refusal("http://hooks.intranet.langson.gov.vn/par")).as("a listed domain's host").isEmpty();
		assertThat(addresses.refusal("http://127.0.0.1:9/par")).as("not listed here").isPresent();

		WebhookSender sender = new WebhookSender(properties, addresses);
		Notification toMetadata = new Notification("n-1", "a-1", 1, AlertEventType.OPENED, "run-1", "T-HOOK",
				Channel.WEBHOOK, "http://169.254.169.254/latest/meta-data/", "subject", "body", "{}",
				Notification.DeliveryState.PENDING, 0, Instant.now(), Instant.now(), null, null, null, null, null);
		assertThatThrownBy(() -> sender.send(toMetadata)).hasMessage("not sent: webhookUrl host '169.254.169.254' is "
				+ "169.254.169.254, a link-local address; webhooks go to public hosts only, unless the host is listed in "
				+ "par.notifications.webhook-allowed-hosts");
	}

}
