package vn.parmonitor.system.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The body of most {@code @BatchMapping}s: each source names an object by code; look them all up at once. */
public final class BatchLookup {

	private BatchLookup() {
	}

	/**
	 * @param code the code each source names (may be null)
	 * @param load loads the objects of many codes in one query, by code
	 * @return the object each source names; sources that name none, or an unknown one, are left out
	 */
	public static <S, T> Map<S, T> namedBy(Collection<S> sources, Function<S, String> code,
			Function<Collection<String>, Map<String, T>> load) {
		Set<String> codes = new LinkedHashSet<>();
		for (S source : sources) {
			String named = code.apply(source);
			if (named != null) {
				codes.add(named);
			}
		}
		Map<String, T> found = codes.isEmpty() ? Map.of() : load.apply(codes);
		Map<S, T> result = new LinkedHashMap<>();
		for (S source : sources) {
			String named = code.apply(source);
			T object = named == null ? null : found.get(named);
			if (object != null) {
				result.put(source, object);
			}
		}
		return result;
	}

}
