package vn.parmonitor.unit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: lower case, no diacritics ("Huyện Văn Quan" → "huyen van quan"). {@code đ}
 * is a letter of its own, not {@code d} with a mark, so Unicode decomposition leaves it alone: it is mapped
 * explicitly.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
	}

	/** The distinct folded words of all {@code texts}, in order of appearance. */
	public static List<String> tokens(String... texts) {
		LinkedHashSet<String> tokens = new LinkedHashSet<>();
		for (String text : texts) {
			Arrays.stream(NOT_WORD.split(fold(text))).filter(word -> !word.isEmpty()).forEach(tokens::add);
		}
		return List.copyOf(tokens);
	}

}
