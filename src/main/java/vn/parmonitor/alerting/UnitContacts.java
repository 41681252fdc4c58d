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

}
