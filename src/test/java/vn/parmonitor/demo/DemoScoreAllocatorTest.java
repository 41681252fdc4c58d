package vn.parmonitor.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import vn.parmonitor.methodology.AssessmentMethod;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.methodology.TestTrees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoScoreAllocatorTest {

	@Test
	void spreadsATotalExactlyWithinEveryComponentsMaximumHonouringOverlappingPins() {
		CriterionTree tree = TestTrees.twoFields();
		DemoScoreAllocator.Pin field1 = new DemoScoreAllocator.Pin("field 1", Set.of("1.1.1", "1.1.2"), new BigDecimal("11.42"));
		DemoScoreAllocator.Pin surveys = new DemoScoreAllocator.Pin("surveys", Set.of("1.1.2", "2.1.2"), new BigDecimal("5.07"));
		Map<String, BigDecimal> points = DemoScoreAllocator.allocate(tree, new BigDecimal("16.29"), List.of(field1, surveys), "seed");
		assertThat(points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("16.29");
		assertThat(points.get("1.1.1").add(points.get("1.1.2"))).isEqualByComparingTo("11.42");
		assertThat(points.get("1.1.2").add(points.get("2.1.2"))).isEqualByComparingTo("5.07");
		for (CriterionDefinition component : tree.components()) {
			assertThat(points.get(component.code())).isBetween(BigDecimal.ZERO, component.maxPoints());
			assertThat(points.get(component.code()).scale()).isEqualTo(2);
		}
		assertThat(DemoScoreAllocator.allocate(tree, new BigDecimal("16.29"), List.of(field1, surveys), "seed"))
			.as("deterministic").isEqualTo(points);
	}

	@Test
	void anImpossibleTotalIsRefused() {
		assertThatThrownBy(() -> DemoScoreAllocator.allocate(TestTrees.twoFields(), new BigDecimal("21"), List.of(), "x"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void langSon2022KeepsItsPublishedSubTotalsOnTheDemoTree() throws IOException {
		CriterionTree tree = demoTree("PROVINCE-2022");
		Set<String> leaders = tree.components().stream().filter(c -> c.method() == AssessmentMethod.LEADERS_SURVEY)
			.map(CriterionDefinition::code).collect(Collectors.toSet());
		Set<String> field7 = tree.components().stream().filter(c -> tree.ancestorAt(c, NodeLevel.FIELD).code().equals("7"))
			.map(CriterionDefinition::code).collect(Collectors.toSet());
		Map<String, BigDecimal> points = DemoScoreAllocator.allocate(tree, new BigDecimal("81.45"),
				List.of(new DemoScoreAllocator.Pin("leaders", leaders, new BigDecimal("16.4")),
						new DemoScoreAllocator.Pin("field 7", field7, new BigDecimal("11.42"))), "PROVINCE-2022/20");
		assertThat(sum(points, points.keySet())).isEqualByComparingTo("81.45");
		assertThat(sum(points, leaders)).isEqualByComparingTo("16.4");
		assertThat(sum(points, field7)).isEqualByComparingTo("11.42");
	}

	static CriterionTree demoTree(String code) throws IOException {
		try (InputStream in = new ClassPathResource("demo/methodologies/" + code + ".json").getInputStream()) {
			MethodologyInput input = JsonMapper.builder().build().readValue(in, MethodologyInput.class);
			List<CriterionDefinition> nodes = new java.util.ArrayList<>();
			flatten(input.fields(), null, nodes);
			return CriterionTree.of(new Methodology(code, "F", code, null, input.year(), input.year(), input.unitKind(),
					null, null, input.totalMaximum(), true, null, nodes, java.time.Instant.EPOCH, List.of()));
		}
	}

	private static void flatten(List<MethodologyInput.CriterionInput> inputs, String parent, List<CriterionDefinition> into) {
		for (MethodologyInput.CriterionInput node : inputs) {
			NodeLevel level = node.childrenOrEmpty().isEmpty() ? NodeLevel.COMPONENT
					: parent == null ? NodeLevel.FIELD : NodeLevel.CRITERION;
			into.add(new CriterionDefinition(node.code(), parent, node.name(), null, level, node.maxPoints(), node.method(),
					node.agenciesOrEmpty(), null));
			flatten(node.childrenOrEmpty(), node.code(), into);
		}
	}

	private static BigDecimal sum(Map<String, BigDecimal> points, Set<String> codes) {
		return codes.stream().map(points::get).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
