package vn.parmonitor.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import vn.parmonitor.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/** The example Alertmanager configuration, checked and its routing tested with the real amtool. */
class AlertmanagerConfigTest {

	static final Path ALERTMANAGER = Path.of("alertmanager");

	@BeforeEach
	void amtool() {
		ExternalTools.require("amtool", "prometheus-alertmanager");
	}

	@Test
	void theConfigurationIsValid() {
		ExternalTools.Result result = ExternalTools.run(ALERTMANAGER, "amtool", "check-config", "alertmanager.yml");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("SUCCESS").contains("2 inhibit rules");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Lạng Sơn's online dossiers off track: committee, agency in charge, province | alertname=ParTargetOffTrack severity=critical unit=20 owner_agency=20-TTPVHCC target=LS-2023-ONLINE-DOSSIERS | steering-committee,agency-20-ttpvhcc,unit-20
			Văn Quan's rank at risk: the district only                                  | alertname=ParTargetAtRisk severity=warning unit=184 owner_agency=184 target=LS-2023-VAN-QUAN-RANK | unit-184
			Văn Quan off track: the committee as well                                   | alertname=ParTargetOffTrack severity=critical unit=184 owner_agency=184 | steering-committee,unit-184
			Lạng Sơn's index below target: standing agency and province                | alertname=ParIndexBelowTarget severity=warning unit=20 owner_agency=20-SNV | agency-20-snv,unit-20
			Lạng Sơn's index forecast below even at best: the committee as well         | alertname=ParIndexForecastBelowTarget severity=critical unit=20 owner_agency=20-SNV target=LS-2023-INDEX | steering-committee,agency-20-snv,unit-20
			Văn Quan's rank forecast outside its target: the district only              | alertname=ParRankForecastOutsideTarget severity=warning unit=184 owner_agency=184 target=LS-2023-VAN-QUAN-RANK | unit-184
			A unit without a route falls back to the committee                          | alertname=ParTargetAtRisk severity=warning unit=22 owner_agency=22-SNV | steering-committee
			The evaluation is stale: committee and operations                           | alertname=ParEvaluationStale severity=critical | steering-committee,operations
			Deliveries failing: operations                                              | alertname=ParNotificationDeliveryFailing severity=warning channel=webhook | operations
			Alerts reaching no one: operations                                          | alertname=ParAlertsUnroutable severity=warning | operations
			Self-assessments overdue: the committee (the units get reminders)          | alertname=ParSelfAssessmentOverdue severity=warning methodology=LS-DISTRICT-2023 year=2023 | steering-committee
			""")
	void alertsAreRoutedToTheirUnitsAndCriticalOnesToTheSteeringCommittee(String description, String labels,
			String receivers) {
		String[] command = ("amtool config routes test --config.file=alertmanager.yml --verify.receivers=" + receivers
				+ " " + labels).split(" ");
		ExternalTools.Result result = ExternalTools.run(ALERTMANAGER, command);
		assertThat(result.exitCode()).as(description + ": " + result.output()).isZero();
	}

	@Test
	void alertsAreGroupedPerUnitRepeatedSlowlyAndInhibitedByStaleData() throws IOException {
		Map<String, Object> config = new Yaml().load(Files.readString(ALERTMANAGER.resolve("alertmanager.yml")));
		@SuppressWarnings("unchecked")
		Map<String, Object> route = (Map<String, Object>) config.get("route");
		assertThat(route).containsEntry("group_by", List.of("unit")).containsEntry("repeat_interval", "168h");
		@SuppressWarnings("unchecked")
		Map<String, Object> inhibit = ((List<Map<String, Object>>) config.get("inhibit_rules")).get(0);
		assertThat(inhibit).containsEntry("source_matchers", List.of("alertname=\"ParDataStale\""))
			.containsEntry("equal", List.of("unit", "owner_agency"));
		assertThat((List<?>) inhibit.get("target_matchers")).singleElement().asString()
			.contains("ParTargetOffTrack").contains("ParTargetAtRisk").contains("ParRankTargetAtRisk")
			.contains("ParIndexBelowTarget").contains("ParIndexForecastBelowTarget").contains("ParRankForecastOutsideTarget");
		@SuppressWarnings("unchecked")
		Map<String, Object> forecast = ((List<Map<String, Object>>) config.get("inhibit_rules")).get(1);
		assertThat(forecast).containsEntry("source_matchers", List.of("alertname=\"ParRankForecastOutsideTarget\""))
			.containsEntry("target_matchers", List.of("alertname=\"ParRankTargetAtRisk\""))
			.containsEntry("equal", List.of("target"));
	}

	@Test
	void aBrokenRouteOrConfigurationIsCaught(@TempDir Path copy) throws IOException {
		String config = Files.readString(ALERTMANAGER.resolve("alertmanager.yml"));
		Files.writeString(copy.resolve("alertmanager.yml"), config.replace("matchers: ['unit=\"184\"']",
				"matchers: ['unit=\"814\"']"));
		assertThat(ExternalTools.run(copy, "amtool", "config", "routes", "test", "--config.file=alertmanager.yml",
				"--verify.receivers=unit-184", "alertname=ParTargetAtRisk", "severity=warning", "unit=184").exitCode())
			.as("Văn Quan's alert no longer reaches Văn Quan").isNotZero();
		Files.writeString(copy.resolve("alertmanager.yml"), config.replace("  - name: unit-184\n", "  - name: unit-148\n"));
		assertThat(ExternalTools.run(copy, "amtool", "check-config", "alertmanager.yml").exitCode())
			.as("a route to a receiver that does not exist").isNotZero();
	}

}
