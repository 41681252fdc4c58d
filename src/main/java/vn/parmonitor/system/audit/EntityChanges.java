package vn.parmonitor.system.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.Decimal128;

/**
 * The values that differ between two stored forms of one record, as {@link FieldChange}s named by their path
 * ({@code parentCode}, {@code nodes.12.maxPoints}, {@code emails}): nested documents are compared field by field,
 * lists element by element while their lengths agree (a list that grows or shrinks is one change of the whole list).
 * Bookkeeping (the type key, the stamp, the version) is never a change.
 */
public final class EntityChanges {

	private static final Set<String> BOOKKEEPING = Set.of("_id", "_class", "lastChangeId", "version");

	private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private EntityChanges() {
	}

	/**
	 * @param before the stored form before the change, null for a new record
	 * @param ignored top-level fields that change with every write (e.g. {@code importedAt}) and say nothing
	 */
	public static List<FieldChange> between(Document before, Document after, Set<String> ignored) {
		List<FieldChange> changes = new ArrayList<>();
		compare("", before == null ? new Document() : before, after, ignored, changes);
		return changes;
	}

	private static void compare(String path, Document before, Document after, Set<String> ignored,
			List<FieldChange> changes) {
		Set<String> keys = new LinkedHashSet<>(after.keySet());
		keys.addAll(before.keySet());
		for (String key : keys) {
			if (path.isEmpty() && (BOOKKEEPING.contains(key) || ignored.contains(key))) {
				continue;
			}
			compareValue(path + key, before.get(key), after.get(key), changes);
		}
	}

	private static void compareValue(String path, Object before, Object after, List<FieldChange> changes) {
		if (before instanceof Document was && after instanceof Document is) {
			compare(path + ".", was, is, Set.of(), changes);
		}
		else if (before instanceof List<?> was && after instanceof List<?> is && was.size() == is.size()) {
			for (int i = 0; i < is.size(); i++) {
				compareValue(path + "." + i, was.get(i), is.get(i), changes);
			}
		}
		else {
			String was = text(before);
			String is = text(after);
			if (!Objects.equals(was, is)) {
				changes.add(new FieldChange(path, was, is));
			}
		}
	}

	/** A stored value as text: numbers without trailing zeros, times in ISO-8601, documents and lists as JSON. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Decimal128 decimal) {
			return plain(decimal.bigDecimalValue());
		}
		if (value instanceof BigDecimal decimal) {
			return plain(decimal);
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Document || value instanceof List<?> || value instanceof Map<?, ?>) {
			String json = new Document("v", value).toJson(JSON);
			return json.substring(json.indexOf(':') + 1, json.length() - 1).strip();
		}
		return String.valueOf(value);
	}

	private static String plain(BigDecimal decimal) {
		return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
	}

}
