package vn.parmonitor.spreadsheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first row of a sheet: the columns by name. Names match loosely, as people type them: case, spaces,
 * underscores, hyphens and Vietnamese diacritics do not count ({@code "Unit code"}, {@code "unit_code"} and
 * {@code "unitCode"} are one column).
 */
public final class Header {

	private final List<String> names;

	private final Map<String, Integer> byName = new HashMap<>();

	public Header(List<String> names) {
		this.names = List.copyOf(names);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name != null && !name.isBlank()) {
				byName.putIfAbsent(normalized(name), i);
			}
		}
	}

	/** The index of the first column with one of these names, or -1. */
	public int indexOf(List<String> namesOfColumn) {
		for (String name : namesOfColumn) {
			Integer index = byName.get(normalized(name));
			if (index != null) {
				return index;
			}
		}
		return -1;
	}

	/** The names as the file has them. */
	public List<String> names() {
		return names;
	}

	/** The header names that none of {@code known} names, as written; a misspelt column is worth telling. */
	public List<String> unknown(List<List<String>> known) {
		List<String> unknown = new ArrayList<>();
		for (String name : names) {
			if (name != null && !name.isBlank()
					&& known.stream().noneMatch(column -> column.stream().anyMatch(n -> normalized(n).equals(normalized(name))))) {
				unknown.add(name);
			}
		}
		return unknown;
	}

	/** The letters of a column in a spreadsheet program: 0 → A, 25 → Z, 26 → AA. */
	public static String letters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	static String normalized(String name) {
		String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replace('đ', 'd').replace('Đ', 'D');
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
