package vn.parmonitor.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

/**
 * Changes of the structure and the plan data leave their entries too, each with the values that changed, and data
 * sent again unchanged leaves none (and is not written again).
 */
@ParMonitorIntegrationTest
class AuditOfDataTest {

	static final String LOG = """
			query($entity: AuditedEntity!, $id: String!) {
			  auditLog(filter: { entityType: $entity, entityId: $id }, first: 100) {
			    edges { node { action actor { name role } reason changes { field before after } } } } }""";

	@Autowired
	HttpGraphQlTester anonymous;

	@Test
	void aUnitCreatedChangedAndSentAgainUnchangedLeavesTwoEntriesAndItsMovedChildrenTheirs() {
		HttpGraphQlTester admin = Testers.admin(anonymous);
		String upsert = """
				mutation($units: [UnitInput!]!) { upsertUnits(input: { units: $units }) { userErrors { message } } }""";
		List<Map<String, Object>> twoLevels = List.of(
				Map.of("code", "T-AUD-PROV", "name", "Tỉnh Kiểm Toán", "kind", "PROVINCE"),
				Map.of("code", "T-AUD-PROV2", "name", "Tỉnh Kiểm Toán Hai", "kind", "PROVINCE"),
				Map.of("code", "T-AUD-DIST", "name", "Huyện Kiểm Toán", "kind", "DISTRICT", "parentCode", "T-AUD-PROV"),
				Map.of("code", "T-AUD-COMM", "name", "Xã Kiểm Toán", "kind", "COMMUNE", "parentCode", "T-AUD-DIST"));
		admin.document(upsert).variable("units", twoLevels).execute().path("upsertUnits.userErrors").entityList(Map.class)
			.hasSize(0);
		admin.document(upsert).variable("units", twoLevels).execute();
		admin.document(upsert)
			.variable("units", List.of(Map.of("code", "T-AUD-DIST", "name", "Huyện Kiểm Toán", "kind", "DISTRICT",
					"parentCode", "T-AUD-PROV2")))
			.execute();

		var district = log("UNIT", "T-AUD-DIST");
		district.path("auditLog.edges[*].node.action").entityList(String.class)
			.containsExactly("UNIT_CHANGED", "UNIT_CREATED");
		district.path("auditLog.edges[0].node.actor").entity(Map.class)
			.isEqualTo(Map.of("name", "test-admin", "role", "ADMIN"));
		district.path("auditLog.edges[0].node.changes[?(@.field == 'parentCode')]").entityList(Map.class)
			.containsExactly(Map.of("field", "parentCode", "before", "T-AUD-PROV", "after", "T-AUD-PROV2"));
		log("UNIT", "T-AUD-COMM").path("auditLog.edges[*].node.action").entityList(String.class)
			.containsExactly("UNIT_MOVED", "UNIT_CREATED");
	}

	@Test
	void aUnitOfficersContactsAndObservationsOfAnOfficeBelowShowWhatChanged() {
		// An office of Văn Quan of the test's own (not a commune: the demo counts its communes), so the demo's
		// contacts and series stay as they are.
		Testers.admin(anonymous).document("""
				mutation { upsertUnits(input: { units: [{ code: "T-AUD-VQ", name: "Phòng Nội vụ Văn Quan (thử)", kind: DEPARTMENT,
				  parentCode: "184" }] }) { userErrors { message } } }""").execute()
			.path("upsertUnits.userErrors").entityList(Object.class).hasSize(0);
		HttpGraphQlTester vanQuan = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		String contacts = """
				mutation($emails: [String!]) { setUnitContacts(input: { unitCode: "T-AUD-VQ", emails: $emails }) {
				  userErrors { message } } }""";
		var before = log("CONTACTS", "T-AUD-VQ").path("auditLog.edges").entityList(Object.class).get().size();
		vanQuan.document(contacts).variable("emails", List.of("xa-kiem-toan@langson.invalid")).execute();
		vanQuan.document(contacts).variable("emails", List.of("xa-kiem-toan@langson.invalid")).execute();
		var after = log("CONTACTS", "T-AUD-VQ");
		after.path("auditLog.edges").entityList(Object.class).hasSize(before + 1);
		after.path("auditLog.edges[0].node.changes[?(@.field == 'emails')].after").entityList(String.class)
			.containsExactly("[\"xa-kiem-toan@langson.invalid\"]");

		String observation = """
				mutation($value: Decimal!) { recordObservation(input: { indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "T-AUD-VQ",
				  period: "2021-02", numerator: $value, denominator: 100 }) { userErrors { message } } }""";
		vanQuan.document(observation).variable("value", "75").execute();
		vanQuan.document(observation).variable("value", "75").execute();
		vanQuan.document(observation).variable("value", "80").execute();
		var observed = log("OBSERVATION", "ONLINE_DOSSIER_RATE:T-AUD-VQ:2021-02");
		observed.path("auditLog.edges[*].node.action").entityList(String.class)
			.containsExactly("OBSERVATION_CHANGED", "OBSERVATION_RECORDED");
		observed.path("auditLog.edges[0].node.changes[?(@.field == 'value')]").entityList(Map.class)
			.containsExactly(Map.of("field", "value", "before", "75", "after", "80"));
	}

	private GraphQlTester.Response log(String entity, String id) {
		return Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN).document(LOG)
			.variable("entity", entity)
			.variable("id", id)
			.execute();
	}

}
