package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.List;

import vn.parmonitor.system.graphql.NodeObject;

/** GraphQL {@code CriterionNode}: one node together with the tree it belongs to. */
public record CriterionNodeView(CriterionTree tree, CriterionDefinition definition) implements NodeObject {

	public String code() {
		return definition.code();
	}

	public String name() {
		return definition.name();
	}

	public String nameEn() {
		return definition.nameEn();
	}

	public NodeLevel level() {
		return definition.level();
	}

	public BigDecimal maximumPoints() {
		return definition.maxPoints().stripTrailingZeros();
	}

	public AssessmentMethod method() {
		return definition.method();
	}

	public Methodology methodology() {
		return tree.methodology();
	}

	public CriterionNodeView parent() {
		return tree.parent(definition).map(parent -> new CriterionNodeView(tree, parent)).orElse(null);
	}

	public List<CriterionNodeView> children() {
		return tree.children(definition.code()).stream().map(child -> new CriterionNodeView(tree, child)).toList();
	}

	@Override
	public String nodeType() {
		return "CriterionNode";
	}

	@Override
	public String nodeKey() {
		return tree.methodology().code() + "/" + definition.code();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CriterionNodeView view && view.tree == tree && view.definition.equals(definition);
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(tree) * 31 + definition.code().hashCode();
	}

}
