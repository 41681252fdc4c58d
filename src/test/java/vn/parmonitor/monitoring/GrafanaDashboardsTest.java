package vn.parmonitor.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.parmonitor.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana boards: valid against the JSON Schema of Grafana's dashboard model (generated from @grafana/schema,
 * see tools/build-grafana-schema.sh), stable uids, linked to each other, on the provisioned datasource, and every
 * panel query parses as PromQL (checked by promtool).
 */
class GrafanaDashboardsTest {

	static final Path DASHBOARDS = Path.of("grafana/dashboards");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
		.getSchema(read(Path.of("grafana/schema/dashboard.schema.json")));

	@Test
	void everyBoardIsAValidGrafanaDashboard() throws IOException {
		for (Path board : boards()) {
			List<Error> errors = SCHEMA.validate(JSON.readTree(board.toFile()));
			assertThat(errors).as("%s: %s", board, errors).isEmpty();
		}
	}

	@Test
	void theBoardsHaveStableUidsLinkToEachOtherAndUseTheProvisionedDatasource() throws IOException {
		Map<String, Object> provisioning = new Yaml()
			.load(Files.readString(Path.of("grafana/provisioning/datasources/prometheus.yml")));
		@SuppressWarnings("unchecked")
		String datasourceUid = (String) ((List<Map<String, Object>>) provisioning.get("datasources")).get(0).get("uid");
		Set<String> uids = new HashSet<>();
		for (Path board : boards()) {
			JsonNode dashboard = JSON.readTree(board.toFile());
			uids.add(dashboard.get("uid").asString());
			assertThat(board.getFileName().toString()).isEqualTo(dashboard.get("uid").asString() + ".json");
			assertThat(dashboard.get("links").get(0).get("tags").get(0).asString()).isEqualTo("par-monitor");
			assertThat(dashboard.get("tags").get(0).asString()).isEqualTo("par-monitor");
			for (JsonNode panel : dashboard.get("panels")) {
				assertThat(panel.get("datasource").get("uid").asString()).isEqualTo(datasourceUid);
				assertThat(panel.get("description").asString()).as("panel %s", panel.get("title")).isNotBlank();
				assertThat(panel.get("fieldConfig").get("defaults").get("noValue").asString())
					.as("no data is shown as text, never as a red value").isEqualTo("no data");
			}
		}
		assertThat(uids).containsExactlyInAnyOrder("par-steering-committee", "par-unit", "par-operations");
	}

	@Test
	void theStatusColoursAreTheSameLegendEverywhere() throws IOException {
		Map<String, String> expected = Map.of("ACHIEVED", "blue", "ON_TRACK", "green", "AT_RISK", "orange", "OFF_TRACK",
				"red", "NO_DATA", "text");
		List<String> statusPanels = new ArrayList<>();
		for (Path board : boards()) {
			for (JsonNode panel : JSON.readTree(board.toFile()).get("panels")) {
				boolean showsStatuses = false;
				for (JsonNode target : panel.get("targets")) {
					showsStatuses |= target.path("legendFormat").asString("").contains("{{status}}");
				}
				if (!showsStatuses) {
					continue;
				}
				statusPanels.add(board.getFileName() + ": " + panel.get("title").asString());
				Map<String, String> colours = new java.util.HashMap<>();
				for (JsonNode override : panel.get("fieldConfig").get("overrides")) {
					colours.put(override.get("matcher").get("options").asString(),
							override.get("properties").get(0).get("value").get("fixedColor").asString());
				}
				assertThat(colours).as("the status colours of %s", panel.get("title")).containsAllEntriesOf(expected);
			}
		}
		assertThat(statusPanels).as("panels that show statuses").containsExactlyInAnyOrder(
				"par-steering-committee.json: Targets by status", "par-unit.json: Status");
	}

	@Test
	void everyPanelQueryParses(@TempDir Path work) throws IOException {
		ExternalTools.require("promtool", "prometheus");
		List<String> expressions = expressions(boards());
		assertThat(expressions).hasSizeGreaterThan(20);
		ExternalTools.Result result = checkAsRules(work, expressions);
		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	@Test
	void aBrokenBoardOrQueryIsCaught(@TempDir Path work) throws IOException {
		ObjectNode broken = (ObjectNode) JSON.readTree(DASHBOARDS.resolve("par-unit.json").toFile());
		broken.put("refreshh", "1m");
		broken.remove("schemaVersion");
		assertThat(SCHEMA.validate(broken)).as("an unknown property and a missing schema version").hasSize(2);
		ExternalTools.require("promtool", "prometheus");
		assertThat(checkAsRules(work, List.of("sum by (status) (target:par_target_status:max == )")).exitCode())
			.as("a query that does not parse").isNotZero();
	}

	/** Every panel query with Grafana's variables replaced by sample values, as Prometheus would receive it. */
	static List<String> expressions(List<Path> boards) throws IOException {
		List<String> expressions = new ArrayList<>();
		for (Path board : boards) {
			for (JsonNode panel : JSON.readTree(board.toFile()).get("panels")) {
				for (JsonNode target : panel.get("targets")) {
					expressions.add(target.get("expr").asString()
						.replace("$__rate_interval", "1m")
						.replace("$unit", "20")
						.replace("$target", "LS-2023-ONLINE-DOSSIERS"));
				}
			}
		}
		return expressions;
	}

	/** promtool parses PromQL when checking rules: each query becomes a recording rule. */
	static ExternalTools.Result checkAsRules(Path work, List<String> expressions) throws IOException {
		StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
		for (int i = 0; i < expressions.size(); i++) {
			rules.append("      - record: dashboard:query_").append(i).append("\n        expr: '")
				.append(expressions.get(i).replace("'", "''")).append("'\n");
		}
		Files.writeString(work.resolve("queries.yml"), rules);
		return ExternalTools.run(work, "promtool", "check", "rules", "queries.yml");
	}

	static List<Path> boards() throws IOException {
		try (Stream<Path> files = Files.list(DASHBOARDS)) {
			return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
