package vn.parmonitor.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.system.store.InChunks;

/** Units' contacts, and who receives a unit's alerts. */
@Service
public class ContactService {

	static final int MAX_EMAILS = 20;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final MongoTemplate mongo;

	private final UnitService units;

	private final AuditTrail audit;

	private final Clock clock;

	private final WebhookAddresses webhooks;

	ContactService(MongoTemplate mongo, UnitService units, AuditTrail audit, WebhookAddresses webhooks,
			Optional<Clock> clock) {
		this.webhooks = webhooks;
		this.audit = audit;
		this.mongo = mongo;
		this.units = units;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Map<String, UnitContacts> find(Collection<String> unitCodes) {
		Map<String, UnitContacts> found = new HashMap<>();
		if (!unitCodes.isEmpty()) {
			InChunks.find(mongo, "_id", unitCodes, UnitContacts.class)
				.forEach(contacts -> found.put(contacts.unitCode(), contacts));
		}
		return found;
	}

	/**
	 * Who receives each unit's alerts: its own contacts, or else those of the closest unit above it that has some
	 * (a district without contacts is covered by its province), so that no alert goes nowhere. Two queries.
	 */
	public Map<String, UnitContacts> recipients(Collection<String> unitCodes) {
		Map<String, Unit> found = units.findAll(unitCodes);
		Set<String> candidates = new LinkedHashSet<>(unitCodes);
		found.values().forEach(unit -> candidates.addAll(unit.ancestorCodes()));
		Map<String, UnitContacts> contacts = find(candidates);
		Map<String, UnitContacts> recipients = new HashMap<>();
		for (String code : unitCodes) {
			List<String> chain = new ArrayList<>();
			chain.add(code);
			Unit unit = found.get(code);
			if (unit != null) {
				List<String> ancestors = new ArrayList<>(unit.ancestorCodes());
				java.util.Collections.reverse(ancestors);
				chain.addAll(ancestors);
			}
			chain.stream()
				.map(contacts::get)
				.filter(c -> c != null && c.reachable())
				.findFirst()
				.ifPresent(c -> recipients.put(code, c));
		}
		return recipients;
	}

	/** Sets a unit's contacts, replacing what it had. */
	public ContactsResult set(String unitCode, List<String> emails, String webhookUrl, Boolean digest) {
		List<UserError> errors = new ArrayList<>();
		if (units.find(unitCode).isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "unit " + unitCode + " does not exist", "input", "unitCode"));
		}
		List<String> addresses = emails == null ? List.of() : emails.stream().map(String::strip).distinct().toList();
		if (addresses.size() > MAX_EMAILS) {
			errors.add(UserError.of(UserErrorCode.TOO_MANY, "at most " + MAX_EMAILS + " e-mail addresses, got "
					+ addresses.size(), "input", "emails"));
		}
		for (int i = 0; i < addresses.size(); i++) {
			if (!EMAIL.matcher(addresses.get(i)).matches()) {
				errors.add(UserError.of(UserErrorCode.INVALID, "'" + addresses.get(i)
						+ "' is not an e-mail address (expected e.g. so-noi-vu@langson.gov.vn)", "input", "emails", i));
			}
		}
		String url = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
		if (url != null) {
			webhooks.refusal(url)
				.ifPresent(refusal -> errors.add(UserError.of(UserErrorCode.INVALID, refusal, "input", "webhookUrl")));
		}
		if (!errors.isEmpty()) {
			return new ContactsResult(null, errors);
		}
		UnitContacts contacts = new UnitContacts(unitCode, addresses, url, Boolean.TRUE.equals(digest), Instant.now(clock));
		UnitContacts before = mongo.findById(unitCode, UnitContacts.class);
		AuditDraft draft = audit.draft(AuditedEntity.CONTACTS, unitCode, before, contacts, "CONTACTS_SET", "CONTACTS_SET",
				unitCode, null, Set.of("updatedAt"));
		if (draft == null) {
			return new ContactsResult(before, List.of()); // the same contacts again change nothing
		}
		audit.write(draft, changeId -> mongo.save(audit.stamped(contacts, changeId), AuditedEntity.CONTACTS.collection()));
		return new ContactsResult(contacts, List.of());
	}

	/** The stored contacts, or the problems that stopped them (then nothing was stored). */
	public record ContactsResult(UnitContacts contacts, List<UserError> userErrors) {
	}

}
