package vn.parmonitor.system.audit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.parmonitor.ParMonitorIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No change is stored without its audit entry, even when the writer dies between the two: the entry written first
 * stays pending, and the repair tells from the stamp on the document whether the change landed. A writer's death is
 * played by an {@link Error} thrown at the moment it would die (the trail lets errors pass without settling the
 * entry, as a killed process would).
 */
@ParMonitorIntegrationTest
class AuditRepairTest {

	static final String COLLECTION = AuditedEntity.ASSESSMENT.collection();

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AuditTrail trail;

	/** The stand-in documents are not assessments: other tests must not read them. */
	@AfterEach
	void removeTheStandIns() {
		mongo.remove(Query.query(Criteria.where("_id").regex("^T-AUDIT-")), COLLECTION);
	}

	@Test
	void aChangeStoredBeforeItsWriterDiedIsCommittedAndOneThatNeverLandedIsMarkedNotApplied() {
		String landed = "T-AUDIT-1:T:2024";
		String lost = "T-AUDIT-2:T:2024";
		assertThatThrownBy(() -> trail.write(draft(landed, null), Actor.system("test"), changeId -> {
			mongo.insert(new Document("_id", landed).append("lastChangeId", changeId), COLLECTION);
			throw new DiedHere();
		})).isInstanceOf(DiedHere.class);
		assertThatThrownBy(() -> trail.write(draft(lost, null), Actor.system("test"), changeId -> {
			throw new DiedHere();
		})).isInstanceOf(DiedHere.class);
		assertThat(states(landed, lost)).containsExactly(AuditState.PENDING, AuditState.PENDING);

		assertThat(repairAfter(Duration.ofHours(1)).repair()).as("entries younger than repair-after are in flight")
			.isZero();
		assertThat(repairAfter(Duration.ZERO).repair()).isEqualTo(2);
		assertThat(states(landed, lost)).containsExactly(AuditState.COMMITTED, AuditState.NOT_APPLIED);
	}

	@Test
	void aPendingChangeOverwrittenByALaterOneIsKnownToHaveLandedFromTheChain() {
		String entity = "T-AUDIT-3:T:2024";
		String[] first = new String[1];
		assertThatThrownBy(() -> trail.write(draft(entity, null), Actor.system("test"), changeId -> {
			first[0] = changeId;
			mongo.insert(new Document("_id", entity).append("lastChangeId", changeId), COLLECTION);
			throw new DiedHere();
		})).isInstanceOf(DiedHere.class);
		// The later change does not name the one it is made on: the trail reads it from the record's stamp.
		trail.write(draft(entity, null), Actor.system("test"), changeId -> mongo.updateFirst(
				Query.query(Criteria.where("_id").is(entity)),
				org.springframework.data.mongodb.core.query.Update.update("lastChangeId", changeId), COLLECTION));

		repairAfter(Duration.ZERO).repair();
		assertThat(mongo.findById(first[0], AuditEntry.class).state()).isEqualTo(AuditState.COMMITTED);
	}

	@Test
	void aChangeThatFailsIsMarkedNotAppliedAndTheFailurePasses() {
		String entity = "T-AUDIT-4:T:2024";
		assertThatThrownBy(() -> trail.write(draft(entity, null), Actor.system("test"), changeId -> {
			throw new IllegalStateException("refused by the store");
		})).hasMessage("refused by the store");
		assertThat(states(entity)).containsExactly(AuditState.NOT_APPLIED);
	}

	private AuditRepair repairAfter(Duration age) {
		return new AuditRepair(mongo, trail, new AuditProperties(age, Duration.ofMinutes(5)), Optional.empty(),
				new SimpleMeterRegistry());
	}

	private List<AuditState> states(String... entities) {
		return List.of(entities).stream()
			.map(entity -> mongo.findOne(Query.query(Criteria.where("entityId").is(entity)), AuditEntry.class).state())
			.toList();
	}

	private static AuditDraft draft(String entity, String previous) {
		return new AuditDraft("SCORES_RECORDED", AuditedEntity.ASSESSMENT, entity, "T-AUDIT", 2024, "T", List.of(),
				null, previous);
	}

	/** The writer's death. */
	static final class DiedHere extends Error {

		DiedHere() {
			super("the process died here");
		}

	}

}
