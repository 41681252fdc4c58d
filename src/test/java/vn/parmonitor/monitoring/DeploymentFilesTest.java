package vn.parmonitor.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import vn.parmonitor.ExternalTools;

import static org.assertj.core.api.Assertions.assertThat;

/** The deployment files: docker-compose accepts the full stack, and the Dockerfile builds a non-root, checked image. */
class DeploymentFilesTest {

	static final Map<String, String> SECRETS = Map.of("PAR_ADMIN_TOKEN", "compose-test-admin-token",
			"GRAFANA_ADMIN_PASSWORD", "compose-test-password", "KEYCLOAK_ADMIN_PASSWORD", "compose-test-keycloak");

	@Test
	@SuppressWarnings("unchecked")
	void dockerComposeAcceptsTheFullStack() {
		ExternalTools.require("docker-compose", "docker-compose");
		ExternalTools.Result result = ExternalTools.run(Path.of("."), SECRETS, "docker-compose", "config");
		assertThat(result.exitCode()).as(result.output()).isZero();
		Map<String, Object> config = new Yaml().load(result.output());
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) config.get("services");
		assertThat(services).containsOnlyKeys("mongo", "keycloak", "par-monitor", "prometheus", "alertmanager", "grafana");
		assertThat(services.get("keycloak").toString()).contains("/opt/keycloak/data/import/par-realm.json")
			.contains("--import-realm");
		assertThat((List<String>) services.get("mongo").get("command")).contains("--replSet", "rs0");
		Map<String, String> environment = (Map<String, String>) services.get("par-monitor").get("environment");
		assertThat(environment).containsEntry("SPRING_MONGODB_URI", "mongodb://mongo:27017/par-monitor?replicaSet=rs0&w=majority&journal=true")
			.containsEntry("PAR_SECURITY_TOKENS_0_TOKEN", "compose-test-admin-token")
			.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://localhost:8180/realms/par")
			.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI",
					"http://keycloak:8180/realms/par/protocol/openid-connect/certs");
		assertThat(services.get("prometheus").toString()).contains("/etc/prometheus");
		assertThat(services.get("grafana").toString()).contains("/etc/grafana/provisioning")
			.contains("/var/lib/grafana/dashboards/par-monitor");
	}

	@Test
	void dockerComposeRefusesABrokenFileOrMissingSecrets(@TempDir Path copy) throws IOException {
		ExternalTools.require("docker-compose", "docker-compose");
		assertThat(ExternalTools.run(Path.of("."), Map.of("GRAFANA_ADMIN_PASSWORD", "x"), "docker-compose", "config", "-q")
			.exitCode()).as("without the admin token").isNotZero();
		Files.writeString(copy.resolve("docker-compose.yml"),
				Files.readString(Path.of("docker-compose.yml")).replace("    restart: unless-stopped\n\n  par-monitor:",
						"    restart: unless-stopped\n\n  par-monitor:\n    deploy: [wrong]"));
		assertThat(ExternalTools.run(copy, SECRETS, "docker-compose", "config", "-q").exitCode()).isNotZero();
	}

	@Test
	void theImageIsBuiltInStagesRunsAsAnUnprivilegedUserAndChecksItsHealth() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
		assertThat(lines.stream().filter(line -> line.startsWith("FROM "))).hasSize(2)
			.anySatisfy(line -> assertThat(line).contains(" AS build"));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("USER par"))
			.anySatisfy(line -> assertThat(line).startsWith("HEALTHCHECK "))
			.anySatisfy(line -> assertThat(line).contains("/actuator/health"))
			.anySatisfy(line -> assertThat(line).startsWith("EXPOSE 8080"));
		assertThat(String.join("\n", lines)).contains("COPY schema schema").contains("COPY docs docs");
	}

}
