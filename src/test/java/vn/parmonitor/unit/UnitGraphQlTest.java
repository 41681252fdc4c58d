package vn.parmonitor.unit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

@ParMonitorIntegrationTest
class UnitGraphQlTest {

	private static final String UPSERT = """
			mutation($units: [UnitInput!]!) {
			  upsertUnits(input: { units: $units }) {
			    units { code name ancestors { code } }
			    userErrors { field message code }
			  }
			}""";

	HttpGraphQlTester graphQl;

	@Autowired
	void useAdminToken(HttpGraphQlTester tester) {
		graphQl = Testers.admin(tester);
	}

	@Autowired
	UnitService units;

	@ParameterizedTest
	@ValueSource(strings = { "van quan", "Văn Quan", "VAN QUAN", "huyện văn qu", "vAn qU" })
	void nameSearchIgnoresCaseAndDiacritics(String name) {
		graphQl.document("query($name: String) { units(filter: { name: $name, kind: DISTRICT }) { edges { node { name } } } }")
			.variable("name", name)
			.execute()
			.path("units.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Huyện Văn Quan");
	}

	@Test
	void listsChildrenAncestorsAndPagesWithCursors() {
		var response = graphQl.document("""
				{ vanQuan: unit(code: "184") { parent { code } ancestors { code } children(first: 2) { totalCount edges { node { kind } } pageInfo { hasNextPage } } }
				  districts: units(filter: { parentCode: "20", kind: DISTRICT }, first: 4) { totalCount edges { cursor node { code } } pageInfo { endCursor hasNextPage } }
				  within: units(filter: { withinCode: "20", kind: COMMUNE }) { totalCount } }""").execute();
		response.path("vanQuan.parent.code").entity(String.class).isEqualTo("20");
		response.path("vanQuan.ancestors[*].code").entityList(String.class).containsExactly("20");
		response.path("vanQuan.children.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
		response.path("vanQuan.children.edges[*].node.kind").entityList(String.class).containsExactly("COMMUNE", "COMMUNE");
		response.path("districts.totalCount").entity(Integer.class).isEqualTo(11);
		response.path("districts.edges[*].node.code").entityList(String.class).containsExactly("178", "180", "181", "182");
		response.path("within.totalCount").entity(Integer.class).isEqualTo(200);
		String cursor = response.path("districts.pageInfo.endCursor").entity(String.class).get();
		graphQl.document("query($after: String) { units(filter: { parentCode: \"20\", kind: DISTRICT }, first: 4, after: $after) { edges { node { code } } } }")
			.variable("after", cursor)
			.execute()
			.path("units.edges[*].node.code")
			.entityList(String.class)
			.containsExactly("183", "184", "185", "186");
	}

	@Test
	void pageSizeAboveTheCapIsABadRequestNamingTheArgument() {
		graphQl.document("{ units(first: 500) { totalCount } }").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getMessage()).isEqualTo("first must be between 0 and 100, got 500");
			assertThat(errors.get(0).getExtensions()).containsEntry("argument", "first");
		});
	}

	@Test
	void aMergerKeepsHistory() {
		graphQl.document(UPSERT)
			.variable("units", List.of(
					Map.of("code", "T-MERGED", "name", "Tỉnh Thử Nghiệm Mới", "kind", "PROVINCE", "validFrom", "2025-07-01"),
					Map.of("code", "T-OLD-A", "name", "Tỉnh Thử A", "kind", "PROVINCE", "validTo", "2025-06-30",
							"successorCode", "T-MERGED"),
					Map.of("code", "T-OLD-B", "name", "Tỉnh Thử B", "kind", "PROVINCE", "validTo", "2025-06-30",
							"successorCode", "T-MERGED")))
			.execute()
			.path("upsertUnits.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		var response = graphQl.document("""
				{ old: unit(code: "T-OLD-A") { active(on: "2025-06-30") later: active(on: "2025-07-01") successor { code } }
				  merged: unit(code: "T-MERGED") { predecessors { code } active(on: "2025-07-01") } }""").execute();
		response.path("old.active").entity(Boolean.class).isEqualTo(true);
		response.path("old.later").entity(Boolean.class).isEqualTo(false);
		response.path("old.successor.code").entity(String.class).isEqualTo("T-MERGED");
		response.path("merged.predecessors[*].code").entityList(String.class).containsExactly("T-OLD-A", "T-OLD-B");
	}

	@Test
	void aBadBatchIsRefusedWholeWithOneErrorPerProblem() {
		var errors = graphQl.document(UPSERT)
			.variable("units", List.of(
					Map.of("code", "T-GOOD", "name", "Tỉnh Tốt", "kind", "PROVINCE"),
					Map.of("code", "T-D1", "name", "Huyện Mồ Côi", "kind", "DISTRICT", "parentCode", "NO-SUCH-UNIT"),
					Map.of("code", "T-D2", "name", "Huyện Sai", "kind", "DISTRICT", "parentCode", "184"),
					Map.of("code", "T-P", "name", "Tỉnh Sai Ngày", "kind", "PROVINCE", "validFrom", "2024-01-01",
							"validTo", "2023-01-01")))
			.execute()
			.path("upsertUnits.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).extracting(error -> error.get("message"))
			.containsExactlyInAnyOrder("parent unit NO-SUCH-UNIT does not exist",
					"a DISTRICT cannot sit under a DISTRICT (184); accepted parent kinds: [PROVINCE]",
					"unit T-P: validTo 2023-01-01 is before validFrom 2024-01-01");
		assertThat(errors).extracting(error -> error.get("field"))
			.contains(List.of("input", "units", "1", "parentCode"), List.of("input", "units", "3", "validTo"));
		assertThat(units.find("T-GOOD")).as("nothing of a refused batch is stored").isEmpty();
	}

	@Test
	void reparentingAUnitMovesItsDescendantsAncestorPaths() {
		graphQl.document(UPSERT)
			.variable("units", List.of(Map.of("code", "T-P1", "name", "Tỉnh Một", "kind", "PROVINCE"),
					Map.of("code", "T-P2", "name", "Tỉnh Hai", "kind", "PROVINCE"),
					Map.of("code", "T-D", "name", "Huyện Di Chuyển", "kind", "DISTRICT", "parentCode", "T-P1"),
					Map.of("code", "T-C", "name", "Xã Con", "kind", "COMMUNE", "parentCode", "T-D")))
			.execute()
			.path("upsertUnits.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		graphQl.document(UPSERT)
			.variable("units", List.of(Map.of("code", "T-D", "name", "Huyện Di Chuyển", "kind", "DISTRICT", "parentCode", "T-P2")))
			.execute()
			.path("upsertUnits.units[0].ancestors[*].code")
			.entityList(String.class)
			.containsExactly("T-P2");
		assertThat(units.find("T-C").orElseThrow().ancestorCodes()).containsExactly("T-P2", "T-D");
		graphQl.document("{ units(filter: { withinCode: \"T-P1\" }) { totalCount } }").execute()
			.path("units.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aSuccessionThatReturnsToItsStartIsRefused() {
		graphQl.document(UPSERT)
			.variable("units", List.of(
					Map.of("code", "T-CYC-A", "name", "Tỉnh Vòng A", "kind", "PROVINCE"),
					Map.of("code", "T-CYC-B", "name", "Tỉnh Vòng B", "kind", "PROVINCE", "validTo", "2025-06-30",
							"successorCode", "T-CYC-C"),
					Map.of("code", "T-CYC-C", "name", "Tỉnh Vòng C", "kind", "PROVINCE", "validTo", "2025-06-30",
							"successorCode", "T-CYC-A")))
			.execute()
			.path("upsertUnits.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		var errors = graphQl.document(UPSERT)
			.variable("units", List.of(Map.of("code", "T-CYC-A", "name", "Tỉnh Vòng A", "kind", "PROVINCE",
					"validTo", "2025-06-30", "successorCode", "T-CYC-B")))
			.execute()
			.path("upsertUnits.userErrors")
			.entityList(Map.class)
			.get();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.get("message")).isEqualTo("unit T-CYC-A cannot be succeeded by T-CYC-B: T-CYC-B is itself "
					+ "succeeded, directly or through others, by T-CYC-A");
			assertThat(error.get("field")).isEqualTo(List.of("input", "units", "0", "successorCode"));
		});
		assertThat(units.find("T-CYC-A").orElseThrow().successorCode()).as("nothing stored").isNull();
		var pair = graphQl.document(UPSERT)
			.variable("units", List.of(
					Map.of("code", "T-PAIR-A", "name", "Tỉnh Cặp A", "kind", "PROVINCE", "validTo", "2025-06-30",
							"successorCode", "T-PAIR-B"),
					Map.of("code", "T-PAIR-B", "name", "Tỉnh Cặp B", "kind", "PROVINCE", "validTo", "2025-06-30",
							"successorCode", "T-PAIR-A")))
			.execute()
			.path("upsertUnits.userErrors[*].code")
			.entityList(String.class)
			.get();
		assertThat(pair).as("two units of one batch naming each other").containsExactly("INVALID", "INVALID");
		assertThat(units.find("T-PAIR-A")).isEmpty();
	}

}
