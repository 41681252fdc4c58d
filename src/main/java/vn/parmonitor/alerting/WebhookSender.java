package vn.parmonitor.alerting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A JSON POST to the unit's webhook URL. The {@code Idempotency-Key} header carries the notification id, so a
 * receiver that sees the same key twice (a retry after a lost answer) can ignore the second. Any 2xx answer counts as
 * delivered; anything else, or no answer, is retried.
 */
@Component
class WebhookSender implements NotificationSender {

	private final HttpClient http;

	private final NotificationProperties properties;

	private final WebhookAddresses addresses;

	WebhookSender(NotificationProperties properties, WebhookAddresses addresses) {
		this.properties = properties;
		this.addresses = addresses;
		this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).build();
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public void send(Notification notification) throws Exception {
		// Again at delivery: the host may have been re-pointed at an internal address since the contacts were set.
		Optional<String> refusal = addresses.refusal(notification.recipient());
		if (refusal.isPresent()) {
			throw new IllegalStateException("not sent: " + refusal.get());
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(notification.recipient()))
			.timeout(properties.webhookTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Idempotency-Key", notification.id())
			.header("X-PAR-Event", notification.eventType() != null ? notification.eventType().name()
					: notification.id().startsWith(UnitReminders.PREFIX) ? "reminder" : "digest")
			.POST(HttpRequest.BodyPublishers.ofString(notification.json(), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			String body = response.body() == null ? "" : response.body();
			throw new IllegalStateException("HTTP " + response.statusCode() + " from " + notification.recipient()
					+ (body.isBlank() ? "" : ": " + body.substring(0, Math.min(200, body.length()))));
		}
	}

}
