package vn.parmonitor.unit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A code may name different units at different times (issue 10, identity through time): old Bắc Giang and the new
 * Bắc Ninh are both 24. A unit's key never changes; a code is read on a day; one batch can close the old unit and
 * open the new one with the same code; records follow the unit the code names in their period.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitIdentityTest {

	/** The 34 provinces from 1 July 2025 (RESTRUCTURING-2025.md): 11 unchanged and 23 formed by mergers. */
	static final Set<String> CODES_FROM_2025 = Set.of("01", "04", "11", "12", "14", "20", "22", "38", "40", "42", "46",
			"08", "15", "19", "25", "24", "33", "31", "37", "44", "48", "51", "52", "56", "68", "66", "79", "75", "80",
			"92", "86", "82", "96", "91");

	@Autowired
	HttpGraphQlTester anonymous;

	HttpGraphQlTester department;

	@BeforeAll
	void oneBatchClosesTheOldUnitAndOpensTheNewOneWithItsCode() {
		department = Testers.admin(anonymous);
		upsert("""
				{ code: "T-ID-X", name: "Tỉnh Cũ Định Danh", kind: PROVINCE }""").path("upsertUnits.userErrors").entityList(Map.class)
			.hasSize(0);
		upsert("""
				{ code: "T-ID-X", name: "Tỉnh Cũ Định Danh", kind: PROVINCE, validTo: "2025-06-30", successorCode: "T-ID-X" },
				{ code: "T-ID-X", name: "Tỉnh Mới Định Danh", kind: PROVINCE, validFrom: "2025-07-01" }""")
			.path("upsertUnits.units[*].key").entityList(String.class).containsExactly("T-ID-X", "T-ID-X_2025-07-01");
	}

	@Test
	void code24IsTheNewBacNinhTodayAndBacGiangAtTheEndOf2024() {
		var response = anonymous.document("""
				{ today: unit(code: "24") { key code name validFrom validTo otherUnitsWithCode { key name validTo } }
				  then: unit(code: "24", on: "2024-12-31") { key code name validTo successor { key } }
				  byKey: unit(code: "24_2025-07-01") { name } }""").execute();
		response.path("today").entity(Map.class).satisfies(today -> {
			assertThat(today).containsEntry("key", "24_2025-07-01").containsEntry("code", "24")
				.containsEntry("name", "Tỉnh Bắc Ninh").containsEntry("validFrom", "2025-07-01");
			assertThat(today.get("validTo")).isNull();
		});
		response.path("today.otherUnitsWithCode").entityList(Map.class).containsExactly(
				Map.of("key", "24", "name", "Tỉnh Bắc Giang", "validTo", "2025-06-30"));
		response.path("then").entity(Map.class).isEqualTo(Map.of("key", "24", "code", "24", "name", "Tỉnh Bắc Giang",
				"validTo", "2025-06-30", "successor", Map.of("key", "24_2025-07-01")));
		response.path("byKey.name").entity(String.class).isEqualTo("Tỉnh Bắc Ninh");
	}

	@Test
	void theNewBacNinhWasFormedFromBacNinhAndBacGiang() {
		anonymous.document("""
				{ unit(code: "24") { lineage { direction generation kind effectiveFrom predecessor { key name } } } }""")
			.execute()
			.path("unit.lineage").entityList(Map.class).contains(
					Map.of("direction", "PREDECESSOR", "generation", 1, "kind", "MERGED_INTO", "effectiveFrom",
							"2025-07-01", "predecessor", Map.of("key", "24", "name", "Tỉnh Bắc Giang")),
					Map.of("direction", "PREDECESSOR", "generation", 1, "kind", "MERGED_INTO", "effectiveFrom",
							"2025-07-01", "predecessor", Map.of("key", "27", "name", "Tỉnh Bắc Ninh")))
			.hasSize(2);
	}

	@Test
	void thirtyFourProvincesFromJuly2025AndSixtyThreeBefore() {
		assertThat(provinceCodes("2025-07-01")).containsExactlyInAnyOrderElementsOf(CODES_FROM_2025);
		assertThat(provinceCodes("2025-06-30")).hasSize(63).contains("24", "27").doesNotHaveDuplicates();
	}

	@Test
	void theNewBacNinhIsNotScoredFor2023AndTheRefusalNamesItsValidity() {
		department.document("""
				mutation { recordComponentScore(input: { unitCode: "24_2025-07-01", methodologyCode: "PROVINCE-2023",
				  year: 2023, componentCode: "1.1.1", stage: FINAL, points: "0.5" }) { userErrors { field code message } } }""")
			.execute()
			.path("recordComponentScore.userErrors").entityList(Map.class).containsExactly(Map.of("field",
					List.of("input", "unitCode"), "code", "OUT_OF_RANGE", "message", "unit 24 (Tỉnh Bắc Ninh, key "
							+ "24_2025-07-01) exists from 2025-07-01, not during 2023-01-01 to 2023-12-31: it cannot be "
							+ "scored for 2023"));
	}

	@Test
	void anObservationGoesToTheUnitItsCodeNamesInItsPeriod() {
		var response = department.document("""
				mutation {
				  before: recordObservation(input: { indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "T-ID-X",
				    period: "2025-03", numerator: 30, denominator: 40 }) { observations { unit { key name } } userErrors { message } }
				  after: recordObservation(input: { indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "T-ID-X",
				    period: "2025-09", numerator: 35, denominator: 40 }) { observations { unit { key name } } userErrors { message } }
				}""").execute();
		response.path("before.userErrors").entityList(Map.class).hasSize(0);
		response.path("before.observations[0].unit").entity(Map.class)
			.isEqualTo(Map.of("key", "T-ID-X", "name", "Tỉnh Cũ Định Danh"));
		response.path("after.observations[0].unit").entity(Map.class)
			.isEqualTo(Map.of("key", "T-ID-X_2025-07-01", "name", "Tỉnh Mới Định Danh"));
	}

	@Test
	void sendingTheSameBatchAgainKeepsTheKeys() {
		upsert("""
				{ code: "T-ID-X", name: "Tỉnh Cũ Định Danh", kind: PROVINCE, validTo: "2025-06-30", successorCode: "T-ID-X" },
				{ code: "T-ID-X", name: "Tỉnh Mới Định Danh", kind: PROVINCE, validFrom: "2025-07-01" }""")
			.path("upsertUnits.units[*].key").entityList(String.class).containsExactly("T-ID-X", "T-ID-X_2025-07-01");
		anonymous.document("""
				{ units(filter: { name: "Tỉnh Mới Định Danh" }) { edges { node { key } } } }""").execute()
			.path("units.edges[*].node.key").entityList(String.class).containsExactly("T-ID-X_2025-07-01");
	}

	@Test
	void aSecondUnitWithACodeStillInUseIsRefusedNamingWhatToDo() {
		upsert("""
				{ code: "T-ID-Y", name: "Huyện Còn", kind: PROVINCE }""").path("upsertUnits.userErrors")
			.entityList(Map.class).hasSize(0);
		var errors = upsert("""
				{ code: "T-ID-Y", name: "Huyện Mới", kind: PROVINCE, validFrom: "2025-07-01" }""")
			.path("upsertUnits.userErrors").entityList(Map.class).get();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.get("field")).isEqualTo(List.of("input", "units", "0", "validFrom"));
			assertThat((String) error.get("message")).isEqualTo("code T-ID-Y names T-ID-Y (Huyện Còn, always): to open "
					+ "another unit with this code, give that one its last day (validTo) first or in the same batch; to "
					+ "change its first day, give its key T-ID-Y");
		});
		anonymous.document("{ unit(code: \"T-ID-Y\") { name validFrom } }").execute()
			.path("unit").entity(Map.class)
			.satisfies(unit -> assertThat(unit).containsEntry("name", "Huyện Còn").containsEntry("validFrom", null));
	}

	@Test
	void aSplitNamesEverySuccessorAndEachShowsItsPredecessor() {
		upsert("""
				{ code: "T-ID-S1", name: "Xã Tách Một", kind: PROVINCE, validFrom: "2025-07-01" },
				{ code: "T-ID-S2", name: "Xã Tách Hai", kind: PROVINCE, validFrom: "2025-07-01" },
				{ code: "T-ID-S", name: "Xã Tách", kind: PROVINCE, validTo: "2025-06-30", successorCodes: ["T-ID-S1", "T-ID-S2"] }""")
			.path("upsertUnits.userErrors").entityList(Map.class).hasSize(0);
		var response = anonymous.document("""
				{ old: unit(code: "T-ID-S", on: "2025-06-30") { successionKind successors { key } successor { key } }
				  part: unit(code: "T-ID-S2") { lineage { direction kind predecessor { key } successor { key } } } }""")
			.execute();
		response.path("old").entity(Map.class).isEqualTo(Map.of("successionKind", "SPLIT_INTO", "successors",
				List.of(Map.of("key", "T-ID-S1"), Map.of("key", "T-ID-S2")), "successor", Map.of("key", "T-ID-S1")));
		response.path("part.lineage").entityList(Map.class).containsExactly(Map.of("direction", "PREDECESSOR", "kind",
				"SPLIT_INTO", "predecessor", Map.of("key", "T-ID-S"), "successor", Map.of("key", "T-ID-S2")));
	}

	@Test
	void aSplitNeedsTwoSuccessorsAndOneFieldNamesThem() {
		var messages = upsert("""
				{ code: "T-ID-B", name: "Xã Sai", kind: PROVINCE, validTo: "2025-06-30", successorCode: "24",
				  successionKind: SPLIT_INTO },
				{ code: "T-ID-C", name: "Xã Sai Hai", kind: PROVINCE, validTo: "2025-06-30", successorCode: "24",
				  successorCodes: ["24", "27"] }""")
			.path("upsertUnits.userErrors[*].message").entityList(String.class).get();
		assertThat(messages).containsExactlyInAnyOrder(
				"unit T-ID-C: give its successor in successorCode (one) or successorCodes (a split), not both");
		messages = upsert("""
				{ code: "T-ID-B", name: "Xã Sai", kind: PROVINCE, validTo: "2025-06-30", successorCode: "24",
				  successionKind: SPLIT_INTO }""")
			.path("upsertUnits.userErrors[*].message").entityList(String.class).get();
		assertThat(messages).containsExactly(
				"unit T-ID-B: a split (SPLIT_INTO) needs at least two successors in successorCodes, got 1");
	}

	private List<String> provinceCodes(String day) {
		return anonymous.document("""
				query($day: Date!) { units(filter: { kind: PROVINCE, activeOn: $day }, first: 100) { edges { node { code } } } }""")
			.variable("day", day)
			.execute()
			.path("units.edges[*].node.code").entityList(String.class).get()
			.stream()
			.filter(code -> !code.startsWith("T-"))
			.toList();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response upsert(String units) {
		return department.document("mutation { upsertUnits(input: { units: [" + units
				+ "] }) { units { key code } userErrors { field message code } } }").execute();
	}

}
