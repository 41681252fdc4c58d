package vn.parmonitor.system.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * Wires the {@code Node} interface once for all types: every object type implementing {@code Node} gets its
 * {@code id} field from {@link NodeObject#globalId()}, and abstract types resolve a {@link NodeObject} by its
 * {@link NodeObject#nodeType()} (other objects by their class name).
 *
 * <p>Wired by a type visitor, the {@code id} fields are invisible to Spring for GraphQL's start-up schema inspection,
 * which therefore lists them as "unmapped"; they are mapped.
 */
final class NodeWiring {

	private static final DataFetcher<String> GLOBAL_ID = environment -> ((NodeObject) environment.getSource())
		.globalId();

	private NodeWiring() {
	}

	static TypeResolver typeResolver() {
		ClassNameTypeResolver byClassName = new ClassNameTypeResolver();
		return environment -> {
			if (environment.getObject() instanceof NodeObject node) {
				return environment.getSchema().getObjectType(node.nodeType());
			}
			return byClassName.getType(environment);
		};
	}

	static GraphQLTypeVisitorStub idFieldVisitor() {
		return new GraphQLTypeVisitorStub() {
			@Override
			public TraversalControl visitGraphQLObjectType(GraphQLObjectType type,
					TraverserContext<GraphQLSchemaElement> context) {
				boolean isNode = type.getInterfaces()
					.stream()
					.map(GraphQLNamedOutputType::getName)
					.anyMatch("Node"::equals);
				if (isNode) {
					GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
					registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), "id"), GLOBAL_ID);
				}
				return TraversalControl.CONTINUE;
			}
		};
	}

}
