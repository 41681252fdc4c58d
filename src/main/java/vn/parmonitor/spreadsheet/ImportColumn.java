package vn.parmonitor.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A column an import reads: its heading (the name of the mutation's input field), other headings accepted for it, and
 * what it holds in Vietnamese and English (the notes sheet of a template).
 */
public record ImportColumn(String name, boolean required, List<String> aliases, String noteVi, String noteEn) {

	public ImportColumn {
		aliases = List.copyOf(aliases);
	}

	/** The heading and its aliases. */
	public List<String> headings() {
		List<String> headings = new ArrayList<>();
		headings.add(name);
		headings.addAll(aliases);
		return headings;
	}

	/** The names of the required columns a header lacks ({@link #locate}'s -1), in the columns' order. */
	public static List<String> missing(List<ImportColumn> columns, int[] indexes) {
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).required() && indexes[i] < 0) {
				missing.add(columns.get(i).name());
			}
		}
		return missing;
	}

	/** The index of the column named {@code name} among {@code columns}'s located {@code indexes}, or -1. */
	public static int indexOf(List<ImportColumn> columns, int[] indexes, String name) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(name)) {
				return indexes[i];
			}
		}
		return -1;
	}

	/** Where each of {@code columns} is in a header: an index per column, -1 for a column the file does not have. */
	public static int[] locate(List<ImportColumn> columns, Header header) {
		int[] indexes = new int[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			indexes[i] = header.indexOf(columns.get(i).headings());
		}
		return indexes;
	}

}
