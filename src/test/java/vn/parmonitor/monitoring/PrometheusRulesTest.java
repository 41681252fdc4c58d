package vn.parmonitor.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import vn.parmonitor.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/** The Prometheus configuration, rules and their promtool unit tests, checked with the real promtool. */
class PrometheusRulesTest {

	static final Path PROMETHEUS = Path.of("prometheus");

	static final Set<String> REQUIRED_ALERTS = Set.of("ParTargetOffTrack", "ParTargetAtRisk", "ParRankTargetAtRisk",
			"ParIndexBelowTarget", "ParDataStale", "ParEvaluationStale", "ParNotificationDeliveryFailing",
			"ParAlertsUnroutable", "ParIndexForecastBelowTarget", "ParRankForecastOutsideTarget",
			"ParSelfAssessmentOverdue");

	@BeforeEach
	void promtool() {
		ExternalTools.require("promtool", "prometheus");
	}

	@Test
	void theConfigurationAndItsRuleFilesAreValid() {
		ExternalTools.Result result = ExternalTools.run(PROMETHEUS, "promtool", "check", "config", "prometheus.yml");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("SUCCESS: 2 rule files found");
	}

	@Test
	void everyRuleFileHasItsPromtoolTestAndTheTestsPass() throws IOException {
		for (Path rules : ruleFiles()) {
			String name = rules.getFileName().toString().replace(".rules.yml", ".test.yml");
			Path test = PROMETHEUS.resolve("tests").resolve(name);
			assertThat(test).as("a promtool test for %s", rules).exists();
			ExternalTools.Result result = ExternalTools.run(PROMETHEUS, "promtool", "test", "rules", "tests/" + name);
			assertThat(result.exitCode()).as(result.output()).isZero();
		}
	}

	@Test
	void everyAlertHasItsSeverityRoutingLabelsAndAnnotationsAndARunbookSection() throws IOException {
		String runbook = Files.readString(Path.of("docs/runbook.md"));
		List<Map<String, Object>> alerts = alerts();
		assertThat(alerts).extracting(alert -> alert.get("alert")).containsAll(REQUIRED_ALERTS);
		for (Map<String, Object> alert : alerts) {
			String name = (String) alert.get("alert");
			assertThat(name).matches("Par[A-Z][A-Za-z]+");
			@SuppressWarnings("unchecked")
			Map<String, String> labels = (Map<String, String>) alert.get("labels");
			assertThat(labels.get("severity")).as(name).isIn("critical", "warning", "info");
			@SuppressWarnings("unchecked")
			Map<String, String> annotations = (Map<String, String>) alert.get("annotations");
			assertThat(annotations).as(name).containsKeys("summary", "description", "runbook_url", "dashboard_url");
			assertThat(annotations.get("summary")).as("a static summary").doesNotContain("{{");
			assertThat(annotations.get("runbook_url")).isEqualTo("http://localhost:8080/docs/runbook#" + name.toLowerCase());
			assertThat(runbook).as("runbook section of %s", name).contains("\n## " + name + "\n");
			assertThat(annotations.get("dashboard_url")).matches("http://localhost:3000/d/par-(unit|operations|steering-committee)/.*");
		}
	}

	@Test
	void aBrokenRuleOrAWrongExpectationMakesTheChecksFail(@TempDir Path copy) throws IOException {
		copyTree(PROMETHEUS, copy);
		Path alerts = copy.resolve("rules/par-alerts.rules.yml");
		String original = Files.readString(alerts);
		Files.writeString(alerts, original.replace("target:par_target_status:max{status=\"OFF_TRACK\"} == 1",
				"target:par_target_status:max{status=\"OFF_TRACK\"} == == 1"));
		assertThat(ExternalTools.run(copy, "promtool", "check", "rules", "rules/par-alerts.rules.yml").exitCode())
			.as("an expression that does not parse").isNotZero();
		Files.writeString(alerts, original.replace("for: 1h", "for: 2h"));
		assertThat(ExternalTools.run(copy, "promtool", "test", "rules", "tests/par-alerts.test.yml").exitCode())
			.as("an alert whose for: no longer matches its test").isNotZero();
	}

	static List<Path> ruleFiles() throws IOException {
		try (Stream<Path> files = Files.list(PROMETHEUS.resolve("rules"))) {
			return files.filter(f -> f.toString().endsWith(".rules.yml")).sorted().toList();
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> alerts() throws IOException {
		List<Map<String, Object>> alerts = new ArrayList<>();
		for (Path file : ruleFiles()) {
			Map<String, Object> document = new Yaml().load(Files.readString(file));
			for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
				for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
					if (rule.containsKey("alert")) {
						alerts.add(rule);
					}
				}
			}
		}
		return alerts;
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}


}
