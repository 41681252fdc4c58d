package vn.parmonitor.system.graphql;

import java.util.Optional;
import java.util.function.Function;

/** Refetches the objects of one GraphQL {@code Node} type from their natural key; one bean per type. */
public interface NodeResolver {

	/** The GraphQL type this resolver serves, e.g. {@code Unit}. */
	String nodeType();

	Optional<?> resolve(String key);

	static NodeResolver of(String nodeType, Function<String, Optional<?>> find) {
		return new NodeResolver() {
			@Override
			public String nodeType() {
				return nodeType;
			}

			@Override
			public Optional<?> resolve(String key) {
				return find.apply(key);
			}
		};
	}

}
