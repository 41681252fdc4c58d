package vn.parmonitor.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reminders to units (not alerts of targets): queued in the same outbox, stored the same way and delivered the same
 * way, to the unit's contacts or, when it has none, to those of the nearest unit above it that has. Queuing is idempotent: a reminder's
 * id names what it reminds of, and a reminder already queued is left alone.
 */
@Component
public class UnitReminders {

	/** The id prefix of reminder notifications (the webhook's {@code X-PAR-Event} is {@code reminder}). */
	static final String PREFIX = "reminder:";

	private final NotificationOutbox outbox;

	private final ContactService contacts;

	private final JsonMapper json;

	UnitReminders(NotificationOutbox outbox, ContactService contacts, JsonMapper json) {
		this.outbox = outbox;
		this.contacts = contacts;
		this.json = json;
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
		List<Notification> notifications = new ArrayList<>();
		List<String> unreachable = new ArrayList<>();
		for (Reminder reminder : reminders) {
			UnitContacts to = recipients.get(reminder.unitCode());
			if (to == null) {
				unreachable.add(reminder.unitCode());
				continue;
			}
			NotificationMessages.Message message = new NotificationMessages.Message(reminder.subject(), reminder.body(),
					json.writeValueAsString(reminder.payload()));
			for (UnitContacts.Recipient recipient : to.recipients()) {
				String id = PREFIX + reminder.key() + ":" + recipient.channel() + ":" + recipient.address();
				notifications.add(outbox.notification(id, null, null, null, null, reminder.unitCode(), recipient, message));
			}
		}
		int queued = outbox.store(notifications);
		return new Queued(queued, unreachable);
	}

}
