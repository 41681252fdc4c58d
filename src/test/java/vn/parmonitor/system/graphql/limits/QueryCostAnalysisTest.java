package vn.parmonitor.system.graphql.limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import vn.parmonitor.ParMonitorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost model of the README ("Query cost") on the real schema, number by number. */
@ParMonitorIntegrationTest
class QueryCostAnalysisTest {

	@Autowired
	GraphQlSource graphQlSource;

	GraphQLSchema schema;

	@BeforeEach
	void schema() {
		schema = graphQlSource.schema();
	}

	@Test
	void anObjectCostsOneAndAScalarNothing() {
		assertThat(measure("{ unit(code: \"20\") { name code kind } }").cost()).isEqualTo(1);
		assertThat(measure("{ __typename }").cost()).isZero();
	}

	@Test
	void aListCountsItsFieldsOncePerItemItMayHold() {
		// ancestors declares @listSize(assumedSize: 4): the unit, 4 ancestors, 4 parents of ancestors
		assertThat(measure("{ unit(code: \"184\") { ancestors { code parent { code } } } }").cost()).isEqualTo(1 + 4 + 4);
		// a list without @listSize counts 10 items: the methodology, 10 fields, 10 × 8 criteria
		assertThat(measure("{ methodology(code: \"PROVINCE-2022\") { fields { code children { code } } } }").cost())
			.isEqualTo(1 + 10 + 10 * 8);
	}

	@Test
	void aConnectionCountsItsEdgesOncePerItemOfThePageAskedFor() {
		assertThat(measure("{ units(first: 50) { totalCount edges { node { code parent { code } } } } }").cost())
			.isEqualTo(1 + 50 + 50 + 50);
		assertThat(measure("query($n: Int) { units(first: $n) { edges { node { code } } } }", Map.of("n", 7)).cost())
			.isEqualTo(1 + 7 + 7);
		assertThat(measure("{ units { edges { node { code } } } }").cost()).as("default page of 20").isEqualTo(1 + 20 + 20);
		assertThat(measure("{ units(first: 100000) { edges { node { code } } } }").cost()).as("at most 100 a page")
			.isEqualTo(1 + 100 + 100);
	}

	@Test
	void theRankingWeighsAThousandForTheWholeRankingItComputes() {
		assertThat(measure("{ ranking(methodologyCode: \"PROVINCE-2022\", year: 2022) { totalCount } }").cost())
			.isEqualTo(1000);
	}

	@Test
	void everyAliasAndEveryFragmentUseCounts() {
		QueryShape shape = measure("""
				{ a: unit(code: "20") { ...names } b: unit(code: "184") { ...names } c: unit(code: "20") { name } }
				fragment names on Unit { name parent { name } }""");
		assertThat(shape.cost()).isEqualTo(3 + 2);
		assertThat(shape.aliases()).isEqualTo(3);
		assertThat(shape.rootFields()).isEqualTo(3);
		assertThat(shape.depth()).as("unit, parent, name").isEqualTo(3);
		assertThat(shape.rootFieldNames()).containsExactly("unit");
	}

	@Test
	void theExpensiveRankingQueryCostsWhatItsPagesAndListsMayHold() throws Exception {
		String everything = "{" + Files.readString(Path.of("src/test/resources/hostile/ranking-with-everything.graphql"))
			.replaceAll("#.*", "") + "}";
		// ranking 1000; per edge: edge, node, unit, parent, 4 ancestors, assessment, rank, change = 11,
		// 10 fields × (field, criterion, 3 agencies, 8 criteria × (criterion result, criterion, 8 components × 2)),
		// 100 points-lost groups × (group, agency)
		long perEdge = 11 + 10 * (1 + 1 + 3 + 8 * (1 + 1 + 8 * 2)) + 100 * 2;
		assertThat(measure(everything).cost()).isEqualTo(1000 + 63 * perEdge);
	}

	@Test
	void theRankingOfTheProvincesWithTheirFieldsCostsWhatTheReadmeSays() {
		assertThat(measure("""
				{ ranking(methodologyCode: "PROVINCE-2022", year: 2022, first: 63) { edges { node {
				    rank indexPercent unit { name parent { name } ancestors { code } }
				    assessment { indexPercent rank { rank of } change { indexChange placesChange }
				      fields { criterion { code name responsibleAgencies { name } } points indexPercent } } } } } }""").cost())
			.isEqualTo(4_843);
	}

	@Test
	void aFragmentThatSpreadsItselfEndsTheWalk() {
		QueryShape shape = measure("{ ...loop } fragment loop on Query { unit(code: \"20\") { name } ...loop }");
		assertThat(shape.cost()).isEqualTo(1);
	}

	@Test
	void theOperationNamedIsTheOneMeasured() {
		var document = Parser.parse("query A { unit(code: \"20\") { name } } query B { units { edges { node { code } } } }");
		assertThat(QueryCostAnalysis.measure(schema, document, "B", Map.of()).cost()).isEqualTo(41);
		assertThat(QueryCostAnalysis.measure(schema, document, "A", Map.of()).cost()).isEqualTo(1);
	}

	private QueryShape measure(String query) {
		return measure(query, Map.of());
	}

	private QueryShape measure(String query, Map<String, Object> variables) {
		return QueryCostAnalysis.measure(schema, Parser.parse(query), null, variables);
	}

}
