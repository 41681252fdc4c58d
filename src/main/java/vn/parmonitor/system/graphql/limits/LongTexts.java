package vn.parmonitor.system.graphql.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.SourceLocation;
import graphql.language.StringValue;

/**
 * Finds the texts of a request longer than the limit: in its variables (named by their path, e.g.
 * {@code input.units[0].name}) and in the string literals of its document (named by their line and column). No field
 * of PAR Monitor holds ten thousand characters; a longer text is a mistake or an attack, refused before it is stored
 * anywhere.
 */
final class LongTexts {

	private final int limit;

	private final List<String> found = new ArrayList<>();

	private LongTexts(int limit) {
		this.limit = limit;
	}

	/** Where the texts longer than {@code limit} are, with their lengths; empty when there are none. */
	static List<String> find(Document document, Map<String, Object> variables, int limit) {
		LongTexts texts = new LongTexts(limit);
		if (variables != null) {
			variables.forEach((name, value) -> texts.value("variable " + name, value));
		}
		texts.node(document);
		return texts.found;
	}

	private void value(String path, Object value) {
		if (found.size() >= 5) {
			return;
		}
		if (value instanceof String text && text.length() > limit) {
			found.add("a text of " + text.length() + " characters in " + path);
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> value(path + "." + key, item));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				value(path + "[" + i + "]", list.get(i));
			}
		}
	}

	private void node(Node<?> node) {
		if (found.size() >= 5) {
			return;
		}
		if (node instanceof StringValue string && string.getValue().length() > limit) {
			SourceLocation at = string.getSourceLocation();
			found.add("a text of " + string.getValue().length() + " characters at line " + at.getLine() + ", column "
					+ at.getColumn());
		}
		for (Node<?> child : node.getChildren()) {
			node(child);
		}
	}

}
