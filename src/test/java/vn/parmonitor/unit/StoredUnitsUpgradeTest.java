package vn.parmonitor.unit;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.parmonitor.ParMonitorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units stored before issue 10 (one {@code successorCode}, no {@code code} apart from the key) read as they were meant:
 * the upgrade turns the successor into a merger's list, and the key stands for the code.
 */
@ParMonitorIntegrationTest
class StoredUnitsUpgradeTest {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	StoredUnitsUpgrade upgrade;

	@Autowired
	UnitService units;

	@Test
	void aUnitStoredWithOneSuccessorCodeBecomesAMergerIntoIt() {
		mongo.insert(new Document("_id", "T-UPG-OLD").append("name", "Tỉnh Trước Nâng Cấp")
			.append("shortName", "Trước Nâng Cấp").append("kind", "PROVINCE")
			.append("successorCode", "T-UPG-NEW"), "units");
		mongo.insert(new Document("_id", "T-UPG-NEW").append("name", "Tỉnh Sau Nâng Cấp")
			.append("shortName", "Sau Nâng Cấp").append("kind", "PROVINCE"), "units");

		assertThat(upgrade.upgrade()).isEqualTo(1);
		assertThat(upgrade.upgrade()).as("a second run finds nothing to do").isZero();

		Unit old = units.find("T-UPG-OLD").orElseThrow();
		assertThat(old.officialCode()).isEqualTo("T-UPG-OLD");
		assertThat(old.successorCodes()).isEqualTo(List.of("T-UPG-NEW"));
		assertThat(old.successionKind()).isEqualTo(SuccessionKind.MERGED_INTO);
		assertThat(units.predecessorsOf(List.of("T-UPG-NEW")).get("T-UPG-NEW")).extracting(Unit::key)
			.containsExactly("T-UPG-OLD");
	}

}
