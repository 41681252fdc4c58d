package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.system.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving a commune to another district keeps who its parent was (issue 10, hierarchy over time): the district it left
 * still counts it among its children on the days before, its history names the old parent until yesterday.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitHierarchyOverTimeTest {

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	@BeforeAll
	void aProvinceWithTwoDistrictsAndACommuneThatMoves() {
		assertThat(units.upsert(List.of(
				new UnitInput("T-HIST-P", "Tỉnh Lịch Sử", null, null, UnitKind.PROVINCE, null, null, null, null, null, null, null, null),
				new UnitInput("T-HIST-D1", "Huyện Cũ", null, null, UnitKind.DISTRICT, "T-HIST-P", null, null, null, null, null, null, null),
				new UnitInput("T-HIST-D2", "Huyện Mới", null, null, UnitKind.DISTRICT, "T-HIST-P", null, null, null, null, null, null, null),
				new UnitInput("T-HIST-C", "Xã Chuyển", null, null, UnitKind.COMMUNE, "T-HIST-D1", null, null, null, null, null, null, null)))
			.userErrors()).isEmpty();
		assertThat(units.upsert(List.of(
				new UnitInput("T-HIST-C", "Xã Chuyển", null, null, UnitKind.COMMUNE, "T-HIST-D2", null, null, null, null, null, null, null)))
			.userErrors()).isEmpty();
	}

	@Test
	void theCommuneIsTheNewDistrictsNowAndTheOldOnesBefore() {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		String yesterday = today.minusDays(1).toString();
		var response = anonymous.document("""
				query($before: Date!) {
				  old: unit(code: "T-HIST-D1") { now: children { totalCount } then: children(on: $before) { edges { node { code } } } }
				  moved: unit(code: "T-HIST-C") { parent { code } parentSince parentOn(on: $before) { code }
				    parentHistory { parent { code } from to } }
				}""").variable("before", yesterday).execute();
		response.path("old.now.totalCount").entity(Integer.class).isEqualTo(0);
		response.path("old.then.edges[*].node.code").entityList(String.class).containsExactly("T-HIST-C");
		response.path("moved.parent.code").entity(String.class).isEqualTo("T-HIST-D2");
		response.path("moved.parentSince").entity(String.class).isEqualTo(today.toString());
		response.path("moved.parentOn.code").entity(String.class).isEqualTo("T-HIST-D1");
		response.path("moved.parentHistory[0].parent.code").entity(String.class).isEqualTo("T-HIST-D1");
		response.path("moved.parentHistory[0].to").entity(String.class).isEqualTo(yesterday);
		response.path("moved.parentHistory[0].from").valueIsNull();
	}

	@Test
	void itsAncestorsOnADayAreThoseItHadThen() {
		String yesterday = LocalDate.now(VietnamTime.ZONE).minusDays(1).toString();
		var response = anonymous.document("""
				query($before: Date!) { unit(code: "T-HIST-C") {
				  now: ancestors { code } then: ancestors(on: $before) { code } } }""").variable("before", yesterday)
			.execute();
		response.path("unit.now[*].code").entityList(String.class).containsExactly("T-HIST-P", "T-HIST-D2");
		response.path("unit.then[*].code").entityList(String.class).containsExactly("T-HIST-P", "T-HIST-D1");
	}

}
