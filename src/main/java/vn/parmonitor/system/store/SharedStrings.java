package vn.parmonitor.system.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each short string that stored documents repeat: field names ({@code indicatorCode},
 * {@code lastChangeId}, {@code _class}...), codes, periods and statuses. Java serialisation reads every document's
 * strings afresh, so 113,670 observations that the embedded store held for one query carried 14 field names each,
 * about 95 MB of a 512 MB heap. Bounded: once {@value #MAX_STRINGS} strings are kept, others stay as read; ids and
 * change stamps (longer than {@value #MAX_LENGTH} characters) are never kept.
 */
final class SharedStrings {

	static final int MAX_STRINGS = 20_000;

	static final int MAX_LENGTH = 20;

	private static final ConcurrentHashMap<String, String> STRINGS = new ConcurrentHashMap<>();

	private SharedStrings() {
	}

	/** The kept instance equal to {@code text}; {@code text} itself, kept if there is room, when none is. */
	static String of(String text) {
		if (text.length() > MAX_LENGTH) {
			return text;
		}
		String kept = STRINGS.get(text);
		if (kept != null) {
			return kept;
		}
		if (STRINGS.size() >= MAX_STRINGS) {
			return text;
		}
		kept = STRINGS.putIfAbsent(text, text);
		return kept == null ? text : kept;
	}

	/** Whether {@code text} is a kept instance, its heap shared by every document that holds it. */
	static boolean isShared(String text) {
		return text.length() <= MAX_LENGTH && STRINGS.get(text) == text;
	}

}
