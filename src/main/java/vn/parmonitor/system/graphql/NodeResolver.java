package vn.parmonitor.system.graphql;

import java.util.Optional;

/** Refetches the objects of one GraphQL {@code Node} type from their natural key; one bean per type. */
public interface NodeResolver {

	/** The GraphQL type this resolver serves, e.g. {@code Unit}. */
	String nodeType();

	Optional<?> resolve(String key);

}
