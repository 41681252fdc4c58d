package vn.parmonitor.methodology;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import vn.parmonitor.indicator.Indicator;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.system.graphql.BatchLookup;
import vn.parmonitor.system.graphql.PageRequest;
import vn.parmonitor.system.graphql.PagedConnection;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

/** GraphQL reads and imports of methodologies and their criteria trees. */
@Controller
class MethodologyController {

	private final MethodologyService methodologies;

	private final UnitService units;

	private final IndicatorService indicators;

	MethodologyController(MethodologyService methodologies, UnitService units, IndicatorService indicators) {
		this.methodologies = methodologies;
		this.units = units;
		this.indicators = indicators;
	}

	@QueryMapping
	Methodology methodology(@Argument String code) {
		return methodologies.find(code).orElse(null);
	}

	@QueryMapping(name = "methodologies")
	PagedConnection<Methodology> methodologyList(@Argument UnitKind unitKind, @Argument Integer year,
			@Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before) {
		return methodologies.find(unitKind, year, new PageRequest(first, after, last, before));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	ImportMethodologyResult importMethodology(@Argument MethodologyInput input) {
		return methodologies.importMethodology(input);
	}

	@BatchMapping(typeName = "Methodology")
	Map<Methodology, Unit> issuer(List<Methodology> list) {
		return units.unitsNamedBy(list, Methodology::issuerCode);
	}

	@SchemaMapping(typeName = "Methodology")
	List<CriterionNodeView> fields(Methodology methodology) {
		CriterionTree tree = CriterionTree.of(methodology);
		return tree.fields().stream().map(node -> new CriterionNodeView(tree, node)).toList();
	}

	@SchemaMapping(typeName = "Methodology")
	List<CriterionNodeView> nodes(Methodology methodology, @Argument NodeLevel level) {
		CriterionTree tree = CriterionTree.of(methodology);
		return tree.nodes()
			.stream()
			.filter(node -> level == null || node.level() == level)
			.map(node -> new CriterionNodeView(tree, node))
			.toList();
	}

	@SchemaMapping(typeName = "Methodology")
	CriterionNodeView node(Methodology methodology, @Argument String code) {
		CriterionTree tree = CriterionTree.of(methodology);
		return tree.node(code).map(node -> new CriterionNodeView(tree, node)).orElse(null);
	}

	@SchemaMapping(typeName = "Methodology")
	MethodologyCounts counts(Methodology methodology) {
		CriterionTree tree = CriterionTree.of(methodology);
		return new MethodologyCounts(tree.count(NodeLevel.FIELD), tree.count(NodeLevel.CRITERION),
				tree.count(NodeLevel.COMPONENT));
	}

	@SchemaMapping(typeName = "Methodology")
	List<MethodMaximum> maximumByMethod(Methodology methodology) {
		return CriterionTree.of(methodology)
			.maximumByMethod()
			.entrySet()
			.stream()
			.map(entry -> new MethodMaximum(entry.getKey(), entry.getValue().stripTrailingZeros()))
			.toList();
	}

	@SchemaMapping(typeName = "Methodology")
	BigDecimal totalMaximum(Methodology methodology) {
		return methodology.totalMaximum().stripTrailingZeros();
	}

	@BatchMapping(typeName = "CriterionNode")
	Map<CriterionNodeView, List<Unit>> responsibleAgencies(List<CriterionNodeView> nodes) {
		Set<String> codes = new HashSet<>();
		nodes.forEach(node -> codes.addAll(node.tree().responsibleUnitCodes(node.definition())));
		Map<String, Unit> agencies = units.findAll(codes);
		Map<CriterionNodeView, List<Unit>> result = new LinkedHashMap<>();
		for (CriterionNodeView node : nodes) {
			result.put(node, node.tree()
				.responsibleUnitCodes(node.definition())
				.stream()
				.map(agencies::get)
				.filter(Objects::nonNull)
				.toList());
		}
		return result;
	}

	@SchemaMapping(typeName = "CriterionNode")
	ScoringRubric rubric(CriterionNodeView node) {
		return node.definition().rubric();
	}

	@BatchMapping(typeName = "ScoringRubric")
	Map<ScoringRubric, Indicator> indicator(List<ScoringRubric> rubrics) {
		return BatchLookup.namedBy(rubrics, ScoringRubric::indicatorCode, indicators::findAll);
	}

	record MethodMaximum(AssessmentMethod method, BigDecimal maximumPoints) {
	}

	record MethodologyCounts(long fields, long criteria, long components) {
	}

}
