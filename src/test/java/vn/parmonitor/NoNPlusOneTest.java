package vn.parmonitor;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that nested fields are batched: the number of MongoDB commands a query costs does not grow with the
 * number of units it returns. Only the commands of the test's own requests are counted (they are tagged), not the
 * server's background work.
 */
@ParMonitorIntegrationTest
class NoNPlusOneTest {

	private static final String RANKING = """
			query($first: Int) {
			  ranking(methodologyCode: "PROVINCE-2022", year: 2022, first: $first) {
			    edges { node {
			      rank indexPercent
			      unit { name parent { name } ancestors { code } }
			      assessment {
			        indexPercent rank { rank of } change { indexChange placesChange }
			        fields { criterion { code name responsibleAgencies { name } } points indexPercent }
			      }
			    } }
			  }
			}""";

	private static final String DRILL_DOWN = """
			query($first: Int) {
			  unit(code: "20") {
			    name
			    assessment(year: 2022) { indexPercent }
			    children(kind: DISTRICT, first: $first) {
			      edges { node {
			        name
			        assessment(year: 2022) {
			          indexPercent group rank { rank } rankInParent { rank of parent { name } }
			          fields { points indexPercent }
			          byField: pointsLost(groupBy: FIELD) { key lostPoints }
			        }
			        children(first: 5) { totalCount edges { node { name assessment(year: 2022) { indexPercent } } } }
			      } }
			    }
			  }
			}""";

	private static final String FORECAST_AND_PATH = """
			query($first: Int) {
			  forecast(unitCode: "20", year: 2023) {
			    unit { name } index { likely }
			    components { component { code responsibleAgencies { name } } indicatorProjection { indicator { name } } }
			    rank { likely top35: cutoff(rank: 35) { peer { name } } peers(first: $first) { unit { name parent { name } } } }
			  }
			  pathToTarget(unitCode: "20", year: 2023, rank: 35) {
			    steps(first: $first) { component { code } indicator { name } leadAgency { name } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MongoCommandCounter counter;

	@Test
	void rankingWithFieldScoresCostsTheSameForFiveOrSixtyThreeProvinces() {
		List<String> five = commands(RANKING, 5, "ranking.edges", 5);
		List<String> all = commands(RANKING, 63, "ranking.edges", 63);
		assertThat(all).hasSameSizeAs(five);
		// Each ranking read (the page's, the places', last year's) also reads its units' validity once: a year ranks the
		// units that exist at its end (issue 10).
		assertThat(all.size()).as("commands for 63 provinces: %s", all).isBetween(5, 15);
	}

	@Test
	void drillDownFromProvinceToDistrictsAndTheirScoresCostsTheSameForThreeOrElevenDistricts() {
		List<String> three = commands(DRILL_DOWN, 3, "unit.children.edges", 3);
		List<String> eleven = commands(DRILL_DOWN, 11, "unit.children.edges", 11);
		assertThat(eleven).hasSameSizeAs(three);
		assertThat(eleven.size()).as("commands for 11 districts: %s", eleven).isBetween(5, 15);
	}

	@Test
	void theForecastWithItsPeersAndThePathWithItsAgenciesCostTheSameForFiveOrSixtyTwo() {
		// The Steering Committee's question (a forecast rests on unpublished data).
		HttpGraphQlTester committee = Testers.as(graphQl, ParMonitorIntegrationTest.VIEWER_TOKEN);
		List<String> five = commands(committee, FORECAST_AND_PATH, 5, "forecast.rank.peers", 5);
		List<String> all = commands(committee, FORECAST_AND_PATH, 62, "forecast.rank.peers", 62);
		assertThat(all).hasSameSizeAs(five);
		assertThat(all.size()).as("commands for 62 peers and 62 steps: %s", all).isBetween(8, 30);
	}

	private List<String> commands(String document, int first, String edgesPath, int expectedEdges) {
		return commands(graphQl, document, first, edgesPath, expectedEdges);
	}

	private List<String> commands(HttpGraphQlTester as, String document, int first, String edgesPath,
			int expectedEdges) {
		// Once untagged first: the first read of a ranking after a change computes its snapshot (a few more commands,
		// as many for five units as for 63), which is not the query's own cost.
		as.document(document).variable("first", first).execute().path(edgesPath).entityList(Object.class)
			.hasSize(expectedEdges);
		String tag = "no-n-plus-one-" + UUID.randomUUID();
		as.mutate()
			.header(MongoCommandCounter.HEADER, tag)
			.build()
			.document(document)
			.variable("first", first)
			.execute()
			.path(edgesPath)
			.entityList(Object.class)
			.hasSize(expectedEdges);
		List<String> commands = counter.commands(tag);
		System.out.printf("first=%d: %d MongoDB commands %s%n", first, commands.size(), commands);
		return commands;
	}

}
