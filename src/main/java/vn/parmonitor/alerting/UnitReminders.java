package vn.parmonitor.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminders to units (not alerts of targets): queued in the same outbox and delivered the same way, to the unit's
 * contacts or, when it has none, to those of the nearest unit above it that has. Queuing is idempotent: a reminder's
 * id names what it reminds of, and a reminder already queued is left alone.
 */
@Component
public class UnitReminders {

	/** The id prefix of reminder notifications (the webhook's {@code X-PAR-Event} is {@code reminder}). */
	static final String PREFIX = "reminder:";

	private final MongoTemplate mongo;

	private final ContactService contacts;

	private final JsonMapper json;

	private final Clock clock;

	UnitReminders(MongoTemplate mongo, ContactService contacts, JsonMapper json, Optional<Clock> clock) {
		this.mongo = mongo;
		this.contacts = contacts;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * One reminder to one unit.
	 * @param key what it reminds of, unique: the same key is sent once (e.g. {@code self-assessment:<calendar>:<unit>:overdue})
	 * @param payload the webhook body's fields
	 */
	public record Reminder(String key, String unitCode, String subject, String body, Map<String, Object> payload) {
	}

	/**
	 * What queuing did.
	 * @param queued notifications newly queued
	 * @param unreachable units of the reminders nobody can be told (no contacts, nor any unit above them)
	 */
	public record Queued(int queued, List<String> unreachable) {
	}

	/** Queues the reminders, to the contacts of each unit or of the nearest unit above it that has some. */
	public Queued queue(List<Reminder> reminders) {
		if (reminders.isEmpty()) {
			return new Queued(0, List.of());
		}
		Map<String, UnitContacts> recipients = contacts.recipients(reminders.stream().map(Reminder::unitCode).toList());
		Instant now = Instant.now(clock);
		int queued = 0;
		List<String> unreachable = new ArrayList<>();
		for (Reminder reminder : reminders) {
			UnitContacts to = recipients.get(reminder.unitCode());
			if (to == null) {
				unreachable.add(reminder.unitCode());
				continue;
			}
			List<String[]> addresses = new ArrayList<>();
			to.emails().forEach(email -> addresses.add(new String[] { Channel.EMAIL.name(), email }));
			if (to.webhookUrl() != null) {
				addresses.add(new String[] { Channel.WEBHOOK.name(), to.webhookUrl() });
			}
			for (String[] address : addresses) {
				String id = PREFIX + reminder.key() + ":" + address[0] + ":" + address[1];
				Notification notification = new Notification(id, null, null, null, null, reminder.unitCode(),
						Channel.valueOf(address[0]), address[1], reminder.subject(), reminder.body(),
						json.writeValueAsString(reminder.payload()), Notification.DeliveryState.PENDING, 0, now, now, null,
						null, null, null, null);
				try {
					mongo.insert(notification);
					queued++;
				}
				catch (DuplicateKeyException alreadyQueued) {
					// Reminded already: the copy queued first is the one delivered.
				}
			}
		}
		return new Queued(queued, unreachable);
	}

}
