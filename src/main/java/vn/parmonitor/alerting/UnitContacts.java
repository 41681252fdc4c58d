package vn.parmonitor.alerting;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a unit receives its alerts.
 *
 * @param emails addresses that receive e-mail
 * @param webhookUrl an HTTP(S) endpoint that receives a JSON POST per alert event
 * @param digest one message per evaluation run listing the lagging targets of this unit and the units below it,
 *     instead of one per event (for the events of the units it covers as well)
 */
@Document("unit_contacts")
public record UnitContacts(@Id String unitCode, List<String> emails, String webhookUrl, boolean digest,
		Instant updatedAt) {

	public UnitContacts {
		emails = emails == null ? List.of() : List.copyOf(emails);
	}

	boolean reachable() {
		return !emails.isEmpty() || webhookUrl != null;
	}

	/** Each address that receives a message: every e-mail address, then the webhook. */
	List<Recipient> recipients() {
		List<Recipient> recipients = new java.util.ArrayList<>();
		emails.forEach(email -> recipients.add(new Recipient(Channel.EMAIL, email)));
		if (webhookUrl != null) {
			recipients.add(new Recipient(Channel.WEBHOOK, webhookUrl));
		}
		return recipients;
	}

	/** One address of a unit, on one channel. */
	record Recipient(Channel channel, String address) {
	}

}
