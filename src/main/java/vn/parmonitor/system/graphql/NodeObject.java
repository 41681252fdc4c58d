package vn.parmonitor.system.graphql;

/**
 * An object that GraphQL exposes as a {@code Node}: it can be refetched through {@code node(id:)}.
 *
 * <p>The global id is opaque to clients; it encodes {@link #nodeType()} (the GraphQL type name) and
 * {@link #nodeKey()} (the natural key the owning feature resolves through its {@link NodeResolver}).
 */
public interface NodeObject {

	/** The GraphQL object type name, e.g. {@code Unit}. */
	String nodeType();

	/** The natural key inside that type, e.g. the unit code {@code 20}. */
	String nodeKey();

	default String globalId() {
		return GlobalId.encode(nodeType(), nodeKey());
	}

}
