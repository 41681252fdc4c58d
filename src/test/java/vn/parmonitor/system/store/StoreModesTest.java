package vn.parmonitor.system.store;

import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

import vn.parmonitor.ParMonitorApplication;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two ways to run: the embedded store in a file (the default), or a MongoDB named by spring.mongodb.uri. */
class StoreModesTest {

	@Test
	void theEmbeddedH2StoreKeepsDataAcrossRestartsAndIsHealthy(@TempDir Path folder) {
		String file = folder.resolve("store/par.mv").toString();
		try (ConfigurableApplicationContext first = start("--par.embedded-store.backend=h2",
				"--par.embedded-store.file=" + file)) {
			assertThat(first.getBeanProvider(MongoServer.class).getIfAvailable()).isNotNull();
			first.getBean(UnitService.class).upsert(List.of(testProvince()));
			assertThat(health(first)).isEqualTo(Status.UP);
		}
		try (ConfigurableApplicationContext second = start("--par.embedded-store.backend=h2",
				"--par.embedded-store.file=" + file)) {
			assertThat(second.getBean(UnitService.class).find("T-PERSIST")).isPresent();
		}
	}

	@Test
	void aStoreFileThatCannotBeWrittenStopsTheStartAndSaysWhy(@TempDir Path folder) {
		Path file = folder.resolve("par.mv");
		try (ConfigurableApplicationContext first = start("--par.embedded-store.file=" + file)) {
			first.getBean(UnitService.class).upsert(List.of(testProvince()));
		}
		// Immutable: not even root may write it, and H2 then opens it read-only without a word.
		var immutable = vn.parmonitor.ExternalTools.run(folder, "chattr", "+i", file.toString());
		Assumptions.assumeTrue(immutable.exitCode() == 0, "chattr +i works on this file system: " + immutable.output());
		try {
			assertThatThrownBy(() -> start("--par.embedded-store.file=" + file).close())
				.hasRootCauseMessage("The embedded store file " + file.toAbsolutePath() + " cannot be written (a read-only "
						+ "or immutable file, a read-only mount, or no permission): PAR Monitor must be able to write its "
						+ "store. Make the file and its folder writable, or point par.embedded-store.file elsewhere, and "
						+ "start again");
		}
		finally {
			vn.parmonitor.ExternalTools.run(folder, "chattr", "-i", file.toString());
		}
	}

	@Test
	void theReloadFlagWipesTheStoreAndLoadsTheDemoDataAgain(@TempDir Path folder) {
		String file = "--par.embedded-store.file=" + folder.resolve("par.mv");
		try (ConfigurableApplicationContext first = start(file)) {
			first.getBean(UnitService.class).upsert(List.of(testProvince()));
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ParMonitorApplication.class)
			.web(WebApplicationType.NONE)
			.run(file, "--par.demo-data.reload=true", "--par.scheduling.enabled=false")) {
			UnitService units = second.getBean(UnitService.class);
			assertThat(units.find("T-PERSIST")).as("wiped").isEmpty();
			assertThat(units.find("20")).as("demo data loaded").isPresent();
			assertThat(second.getBean(vn.parmonitor.assessment.AssessmentReader.class)
				.findByIds(List.of("20:PROVINCE-2022:2022"))).hasSize(1);
		}
	}

	@Test
	void aMongoUriReplacesTheEmbeddedStore() {
		MongoServer external = new MongoServer(new MemoryBackend());
		try {
			external.bind("127.0.0.1", 0);
			String uri = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort() + "/par-external";
			try (ConfigurableApplicationContext context = start("--spring.mongodb.uri=" + uri)) {
				assertThat(context.getBeanProvider(MongoServer.class).getIfAvailable())
					.as("no embedded server when a URI is given")
					.isNull();
				context.getBean(UnitService.class).upsert(List.of(testProvince()));
				assertThat(health(context)).isEqualTo(Status.UP);
			}
			try (var client = MongoClients.create(uri)) {
				assertThat(client.getDatabase("par-external").getCollection("units").find(new Document("_id", "T-PERSIST")).first())
					.as("the unit landed in the MongoDB the URI names")
					.isNotNull();
			}
		}
		finally {
			external.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--par.demo-data.enabled=false";
		all[args.length + 1] = "--par.scheduling.enabled=false";
		return new SpringApplicationBuilder(ParMonitorApplication.class).web(WebApplicationType.NONE).run(all);
	}

	private static Status health(ConfigurableApplicationContext context) {
		return context.getBean("mongoHealthIndicator", HealthIndicator.class).health().getStatus();
	}

	private static UnitInput testProvince() {
		return new UnitInput("T-PERSIST", "Tỉnh Bền Vững", null, null, UnitKind.PROVINCE, null, null, null, null, null, null, null, null);
	}

}
