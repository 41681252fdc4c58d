package vn.parmonitor.system.graphql.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Measures an operation's {@link QueryShape} on its parsed document, before validation, so that an abusive request is
 * refused before the server spends anything on it (validating a thousand aliases of one field alone is quadratic).
 *
 * <p>The cost model, documented for clients in the README ("Query cost"):
 * <ul>
 * <li>a field that returns an object costs 1 for every time it may be resolved; a scalar or enum field costs 0;
 * {@code @cost(weight:)} on a field definition overrides both (the ranking, which reads and ranks every unit of a
 * methodology, costs 50);</li>
 * <li>the fields below a list are counted once per item it may hold: {@code @listSize(assumedSize:)} on the field
 * definition, or {@value #DEFAULT_LIST_SIZE} when it declares none;</li>
 * <li>the {@code edges} and {@code nodes} of a connection are counted once per item of the page asked for
 * ({@code first} or {@code last}, default {@value #DEFAULT_PAGE_SIZE}, at most {@value #MAX_PAGE_SIZE});</li>
 * <li>every alias is counted like any other field: thirty aliases of a field cost thirty times the field;</li>
 * <li>introspection ({@code __schema}, {@code __type}) costs 1 and {@code __typename} nothing.</li>
 * </ul>
 * Fields the schema does not know are skipped: validation refuses them afterwards.
 */
public final class QueryCostAnalysis {

	static final int DEFAULT_LIST_SIZE = 10;

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private final GraphQLSchema schema;

	private final Map<String, Object> variables;

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	/** Fragments being expanded, to stop at a cycle (which validation then refuses). */
	private final Deque<String> expanding = new ArrayDeque<>();

	/** Page sizes of the connections being visited: their {@code edges} and {@code nodes} hold that many items. */
	private final Deque<Integer> pageSizes = new ArrayDeque<>();

	private long cost;

	private int aliases;

	private int rootFields;

	private int depth;

	private final Set<String> rootFieldNames = new LinkedHashSet<>();

	private QueryCostAnalysis(GraphQLSchema schema, Map<String, Object> variables) {
		this.schema = schema;
		this.variables = variables == null ? Map.of() : variables;
	}

	/**
	 * @param operationName the operation to measure; null picks the only one (or the first, when validation will
	 *     refuse the document anyway)
	 */
	public static QueryShape measure(GraphQLSchema schema, Document document, String operationName,
			Map<String, Object> variables) {
		QueryCostAnalysis analysis = new QueryCostAnalysis(schema, variables);
		return analysis.run(document, operationName);
	}

	private QueryShape run(Document document, String operationName) {
		OperationDefinition operation = null;
		for (var definition : document.getDefinitions()) {
			if (definition instanceof FragmentDefinition fragment) {
				fragments.put(fragment.getName(), fragment);
			}
			else if (definition instanceof OperationDefinition candidate && operation == null
					&& (operationName == null || operationName.equals(candidate.getName()))) {
				operation = candidate;
			}
		}
		if (operation != null) {
			GraphQLObjectType root = switch (operation.getOperation()) {
				case MUTATION -> schema.getMutationType();
				case SUBSCRIPTION -> schema.getSubscriptionType();
				default -> schema.getQueryType();
			};
			if (root != null) {
				visit(operation.getSelectionSet(), root, 1, 1, true);
			}
		}
		return new QueryShape(cost, aliases, rootFields, depth, rootFieldNames);
	}

	/**
	 * @param times how many times this selection may be resolved (the product of the list sizes above it)
	 * @param level the nesting level of the fields of this selection (1 at the root)
	 */
	private void visit(SelectionSet selectionSet, GraphQLType parentType, long times, int level, boolean root) {
		if (selectionSet == null) {
			return;
		}
		for (Selection<?> selection : selectionSet.getSelections()) {
			if (selection instanceof Field field) {
				visitField(field, parentType, times, level, root);
			}
			else if (selection instanceof InlineFragment inline) {
				visit(inline.getSelectionSet(), conditionType(inline.getTypeCondition() == null ? null
						: inline.getTypeCondition().getName(), parentType), times, level, root);
			}
			else if (selection instanceof FragmentSpread spread) {
				FragmentDefinition fragment = fragments.get(spread.getName());
				if (fragment != null && !expanding.contains(fragment.getName())) {
					expanding.push(fragment.getName());
					visit(fragment.getSelectionSet(), conditionType(fragment.getTypeCondition().getName(), parentType),
							times, level, root);
					expanding.pop();
				}
			}
		}
	}

	private void visitField(Field field, GraphQLType parentType, long times, int level, boolean root) {
		if (root) {
			rootFields++;
			rootFieldNames.add(field.getName());
		}
		if (field.getAlias() != null) {
			aliases++;
		}
		depth = Math.max(depth, level);
		String name = field.getName();
		if (name.equals("__typename")) {
			return;
		}
		if (name.equals("__schema") || name.equals("__type")) {
			add(times, 1);
			return;
		}
		if (!(parentType instanceof GraphQLFieldsContainer container)) {
			return;
		}
		GraphQLFieldDefinition definition = container.getFieldDefinition(name);
		if (definition == null) {
			return;
		}
		GraphQLOutputType type = definition.getType();
		GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
		boolean object = !GraphQLTypeUtil.isLeaf(unwrapped);
		Integer weight = intArgument(definition.getAppliedDirective("cost"), "weight");
		long items = isList(type) ? listSize(definition, parentType) : 1;
		add(saturatingMultiply(times, items), weight != null ? weight : object ? 1 : 0);
		if (!object) {
			return;
		}
		boolean connection = isConnection(unwrapped);
		if (connection) {
			pageSizes.push(pageSize(field));
		}
		visit(field.getSelectionSet(), unwrapped, saturatingMultiply(times, items), level + 1, false);
		if (connection) {
			pageSizes.pop();
		}
	}

	private long listSize(GraphQLFieldDefinition definition, GraphQLType parentType) {
		if (isConnection(parentType) && !pageSizes.isEmpty()
				&& (definition.getName().equals("edges") || definition.getName().equals("nodes"))) {
			return pageSizes.peek();
		}
		Integer assumed = intArgument(definition.getAppliedDirective("listSize"), "assumedSize");
		return assumed != null ? assumed : DEFAULT_LIST_SIZE;
	}

	private int pageSize(Field field) {
		Integer first = argument(field, "first");
		Integer last = argument(field, "last");
		int size = first != null ? first : last != null ? last : DEFAULT_PAGE_SIZE;
		return Math.max(0, Math.min(size, MAX_PAGE_SIZE));
	}

	private Integer argument(Field field, String name) {
		for (Argument argument : field.getArguments()) {
			if (argument.getName().equals(name)) {
				return intValue(argument.getValue());
			}
		}
		return null;
	}

	private Integer intValue(Value<?> value) {
		if (value instanceof IntValue literal) {
			return literal.getValue().bitLength() < 32 ? literal.getValue().intValue() : MAX_PAGE_SIZE;
		}
		if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number number) {
			return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number.longValue()));
		}
		return null;
	}

	private static Integer intArgument(GraphQLAppliedDirective directive, String argument) {
		if (directive == null || directive.getArgument(argument) == null) {
			return null;
		}
		Object value = directive.getArgument(argument).getValue();
		return value instanceof Number number ? number.intValue() : null;
	}

	private GraphQLType conditionType(String typeName, GraphQLType parentType) {
		if (typeName == null) {
			return parentType;
		}
		GraphQLType type = schema.getType(typeName);
		return type != null ? type : parentType;
	}

	private static boolean isConnection(GraphQLType type) {
		return type instanceof GraphQLObjectType object && object.getName().endsWith("Connection")
				&& object.getFieldDefinition("edges") != null;
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
	}

	private void add(long times, long each) {
		cost = saturatingAdd(cost, saturatingMultiply(times, each));
	}

	private static long saturatingMultiply(long a, long b) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		return high == 0 && product >= 0 ? product : Long.MAX_VALUE;
	}

	private static long saturatingAdd(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

}
