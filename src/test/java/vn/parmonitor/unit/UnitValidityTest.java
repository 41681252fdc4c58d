package vn.parmonitor.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit has data only for the time it exists (issue 10, validity rules): a province created by the 2025 merger
 * cannot be scored for 2023, nor observed in March 2023; the refusal names its validity. Nothing is stored.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitValidityTest {

	/** Lạng Sơn's PAR plan 2023 of the demo. */
	static final String PLAN = "LS-PAR-2023";

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	HttpGraphQlTester department;

	@BeforeAll
	void aProvinceOfTheMerger() {
		department = Testers.admin(anonymous);
		assertThat(units.upsert(List.of(new UnitInput("T-VAL-NEW", "Tỉnh Hợp Nhất Thử", null, null, UnitKind.PROVINCE,
				null, LocalDate.of(2025, 7, 1), null, null, null, null, null, null))).userErrors()).isEmpty();
	}

	@Test
	void aUnitIsNotScoredForAYearBeforeItExisted() {
		var errors = department.document("""
				mutation { recordComponentScore(input: { unitCode: "T-VAL-NEW", methodologyCode: "PROVINCE-2023",
				  year: 2023, componentCode: "1.1.1", stage: FINAL, points: "1" }) { assessment { points }
				  userErrors { field message code } } }""").execute()
			.path("recordComponentScore.userErrors").entityList(Map.class).get();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.get("field")).isEqualTo(List.of("input", "unitCode"));
			assertThat(error.get("code")).isEqualTo("OUT_OF_RANGE");
			assertThat(error.get("message")).isEqualTo("unit T-VAL-NEW (Tỉnh Hợp Nhất Thử) exists from 2025-07-01, not "
					+ "during 2023-01-01 to 2023-12-31: it cannot be scored for 2023");
		});
	}

	@Test
	void noTargetMeasuresAUnitWhileItDoesNotExist() {
		var messages = department.document("""
				mutation { upsertTargets(input: { targets: [{ code: "T-VAL-TARGET", planCode: "%s", name: "Hồ sơ trực tuyến",
				  kind: INDICATOR, subjectUnitCode: "T-VAL-NEW", indicatorCode: "ONLINE_DOSSIER_RATE", targetValue: "100",
				  baseline: { value: "60", date: "2022-12-31" }, deadline: "2023-12-31" }] }) {
				  userErrors { field message } } }""".formatted(PLAN)).execute()
			.path("upsertTargets.userErrors[*].message").entityList(String.class).get();
		assertThat(messages).contains("unit T-VAL-NEW (Tỉnh Hợp Nhất Thử) exists from 2025-07-01, not during 2022-12-31 "
				+ "to 2023-12-31: target T-VAL-TARGET cannot measure it");
	}

	@Test
	void aUnitHasNoObservationsForAPeriodBeforeItExisted() {
		var errors = department.document("""
				mutation { recordObservation(input: { indicatorCode: "ONLINE_DOSSIER_RATE", unitCode: "T-VAL-NEW",
				  period: "2023-03", numerator: 30, denominator: 40 }) { userErrors { field message } } }""").execute()
			.path("recordObservation.userErrors").entityList(Map.class).get();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.get("field")).isEqualTo(List.of("input", "period"));
			assertThat(error.get("message")).isEqualTo("unit T-VAL-NEW (Tỉnh Hợp Nhất Thử) exists from 2025-07-01, not "
					+ "during 2023-03-01 to 2023-03-31: it has no observations for 2023-03");
		});
	}

}
