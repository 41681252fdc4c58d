package vn.parmonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.parmonitor.system.store.EmbeddedStoreProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes as an operator meets them, on the default embedded store (H2 file): the process is killed with SIGKILL
 * right after its answers, and started again on the same file. Nothing it answered is missing, and a killed
 * evaluation neither stays RUNNING nor holds the next one back.
 */
class CrashRecoveryTest {

	@TempDir
	Path folder;

	@Test
	void twentyKillsRightAfterAcknowledgedWritesLoseNoneOfThem() {
		String file = folder.resolve("store.mv").toString();
		List<String> acknowledged = new ArrayList<>();
		for (int life = 0; life <= 20; life++) {
			try (ChildJvm store = ChildJvm.start(folder.resolve("store-" + life + ".log"),
					EmbeddedStoreProcess.class.getName(), List.of(file));
					MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port(store) + "/par")) {
				MongoCollection<Document> writes = client.getDatabase("par").getCollection("writes");
				List<String> found = writes.find().map(write -> write.getString("_id")).into(new ArrayList<>());
				assertThat(found).as("after %d kills", life).containsExactlyInAnyOrderElementsOf(acknowledged);
				assertThat(life == 0 ? null : writes.find(Filters.eq("_id", "w0-0")).first().getInteger("lives"))
					.as("the update answered before the last kill")
					.isEqualTo(life == 0 ? null : life);
				if (life == 20) {
					return;
				}
				for (int i = 0; i < 10; i++) {
					writes.insertOne(new Document("_id", "w" + life + "-" + i).append("life", life));
					acknowledged.add("w" + life + "-" + i);
				}
				writes.updateOne(Filters.eq("_id", "w0-0"), Updates.set("lives", life + 1));
				store.kill(); // right after the last answer
			}
		}
	}

	@Test
	void aServerKilledRightAfterItsAnswersAndDuringAnEvaluationKeepsThemAndEvaluatesAtOnceWhenItRestarts() {
		String file = folder.resolve("par.mv").toString();
		try (TrialServer first = TrialServer.start(folder.resolve("first-life.log"), file, true)) {
			first.awaitEvaluationHeld();
			assertThat(first.mutation("upsertUnits(input: { units: [{ code: \"CR-1\", name: \"Tỉnh Thử\", "
					+ "kind: PROVINCE }] }) { userErrors { message } }").at("/data/upsertUnits/userErrors").isEmpty())
				.isTrue();
			for (int i = 0; i < 5; i++) {
				JsonNode answer = first.mutation("setUnitContacts(input: { unitCode: \"CR-1\", emails: [\"officer-" + i
						+ "@cr.gov.vn\"] }) { userErrors { message } contacts { emails } }");
				assertThat(answer.at("/data/setUnitContacts/contacts/emails/0").asString()).isEqualTo("officer-" + i + "@cr.gov.vn");
			}
			first.kill(); // right after the last answer, with the evaluation still running and its lease held
		}

		// Started again (on another port): still the one server of this store, which takes back what it held.
		try (TrialServer second = TrialServer.start(folder.resolve("second-life.log"), file, false)) {
			second.awaitReady();
			JsonNode contacts = second.query("{ unit(code: \"CR-1\") { contacts { emails } } }");
			assertThat(contacts.at("/data/unit/contacts/emails/0").asString()).as("the last answered write")
				.isEqualTo("officer-4@cr.gov.vn");

			List<JsonNode> runs = second.runs();
			assertThat(runs).hasSize(2);
			assertThat(runs.get(0).get("trigger").asString()).isEqualTo("STARTUP");
			assertThat(runs.get(0).get("state").asString()).as("the restart evaluated at once").isEqualTo("SUCCEEDED");
			assertThat(runs.get(1).get("state").asString()).as("the killed run").isEqualTo("ABANDONED");
			assertThat(runs.get(1).get("error").asString()).startsWith("abandoned: this replica (")
				.endsWith(") stopped before the run finished, and restarted");

			JsonNode evaluated = second.mutation("evaluateTargets { run { state } userErrors { message } }");
			assertThat(evaluated.at("/data/evaluateTargets/userErrors").isEmpty()).isTrue();
			assertThat(evaluated.at("/data/evaluateTargets/run/state").asString()).isEqualTo("SUCCEEDED");
		}
	}

	private static int port(ChildJvm store) {
		store.await("the store listening", () -> store.line(EmbeddedStoreProcess.READY) != null);
		return Integer.parseInt(store.line(EmbeddedStoreProcess.READY).substring(EmbeddedStoreProcess.READY.length()).strip());
	}

}
