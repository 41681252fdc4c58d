package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A methodology's criteria tree in memory, with the look-ups scoring needs: children, the field and criterion
 * above a component, and the agencies in charge (inherited downwards when a node names none).
 */
public final class CriterionTree {

	private final Methodology methodology;

	private final Map<String, CriterionDefinition> byCode = new LinkedHashMap<>();

	private final Map<String, List<CriterionDefinition>> children = new LinkedHashMap<>();

	private final List<CriterionDefinition> fields = new ArrayList<>();

	private final List<CriterionDefinition> components = new ArrayList<>();

	private CriterionTree(Methodology methodology) {
		this.methodology = methodology;
		for (CriterionDefinition node : methodology.nodes()) {
			byCode.put(node.code(), node);
			children.put(node.code(), new ArrayList<>());
		}
		for (CriterionDefinition node : methodology.nodes()) {
			if (node.parentCode() == null) {
				fields.add(node);
			}
			else {
				children.get(node.parentCode()).add(node);
			}
			if (node.level() == NodeLevel.COMPONENT) {
				components.add(node);
			}
		}
	}

	public static CriterionTree of(Methodology methodology) {
		return new CriterionTree(methodology);
	}

	public Methodology methodology() {
		return methodology;
	}

	public Optional<CriterionDefinition> node(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** All nodes in document order (a field, its criteria and their components, then the next field). */
	public List<CriterionDefinition> nodes() {
		return methodology.nodes();
	}

	public List<CriterionDefinition> fields() {
		return Collections.unmodifiableList(fields);
	}

	public List<CriterionDefinition> components() {
		return Collections.unmodifiableList(components);
	}

	public List<CriterionDefinition> children(String code) {
		return Collections.unmodifiableList(children.getOrDefault(code, List.of()));
	}

	public Optional<CriterionDefinition> parent(CriterionDefinition node) {
		return node.parentCode() == null ? Optional.empty() : node(node.parentCode());
	}

	/** The node itself, then each node above it up to its field. */
	public List<CriterionDefinition> selfAndAncestors(CriterionDefinition node) {
		List<CriterionDefinition> path = new ArrayList<>();
		for (CriterionDefinition current = node; current != null; current = byCode.get(current.parentCode())) {
			path.add(current);
			if (current.parentCode() == null) {
				break;
			}
		}
		return path;
	}

	/** The node at {@code level} on the way up from {@code node} (the node itself when it is at that level). */
	public CriterionDefinition ancestorAt(CriterionDefinition node, NodeLevel level) {
		return selfAndAncestors(node).stream()
			.filter(candidate -> candidate.level() == level)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(node.code() + " has no " + level + " above it"));
	}

	/** The agencies in charge of {@code node}: its own, or else those of the closest node above that names some. */
	public List<String> responsibleUnitCodes(CriterionDefinition node) {
		for (CriterionDefinition current : selfAndAncestors(node)) {
			if (!current.responsibleUnitCodes().isEmpty()) {
				return current.responsibleUnitCodes();
			}
		}
		return List.of();
	}

	/** The maximum points each assessment method accounts for (e.g. leaders' survey 22 of 100). */
	public Map<AssessmentMethod, BigDecimal> maximumByMethod() {
		Map<AssessmentMethod, BigDecimal> totals = new EnumMap<>(AssessmentMethod.class);
		for (CriterionDefinition component : components) {
			totals.merge(component.method(), component.maxPoints(), BigDecimal::add);
		}
		return totals;
	}

	public long count(NodeLevel level) {
		return methodology.nodes().stream().filter(node -> node.level() == level).count();
	}

}
