package vn.parmonitor.assessment.evidence;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.system.audit.AuditTrail;

/**
 * Evidence files in the GridFS bucket {@code evidence} ({@code evidence.files}, {@code evidence.chunks}), their
 * description in each file's metadata, found by assessment and component through an index.
 */
@Component
public class EvidenceStore {

	static final String BUCKET = "evidence";

	private final MongoDatabaseFactory databases;

	EvidenceStore(MongoDatabaseFactory databases) {
		this.databases = databases;
		files().createIndex(Indexes.ascending("metadata.assessmentId", "metadata.componentCode"),
				new IndexOptions().name("assessment_component"));
	}

	private MongoDatabase database() {
		return databases.getMongoDatabase();
	}

	private GridFSBucket bucket() {
		return GridFSBuckets.create(database(), BUCKET);
	}

	private com.mongodb.client.MongoCollection<Document> files() {
		return database().getCollection(BUCKET + ".files");
	}

	/** Stores the content with its description, stamped with the audit entry of its upload. */
	void store(EvidenceFile file, InputStream content, String changeId) {
		Document metadata = metadata(file).append(AuditTrail.STAMP, changeId);
		bucket().uploadFromStream(new BsonString(file.id()), file.fileName(), content,
				new GridFSUploadOptions().metadata(metadata));
	}

	/** Marks a file withdrawn (kept for the audit trail), stamped with the audit entry of its removal. */
	void markRemoved(String id, Instant at, Actor by, String changeId) {
		files().updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("metadata.removedAt", Date.from(at)),
				Updates.set("metadata.removedBy", actor(by)), Updates.set("metadata." + AuditTrail.STAMP, changeId)));
	}

	public Optional<EvidenceFile> find(String id) {
		GridFSFile found = bucket().find(Filters.eq("_id", id)).first();
		return Optional.ofNullable(found).map(EvidenceStore::toFile);
	}

	/** The files of the assessments not withdrawn, oldest first; one query. */
	public List<EvidenceFile> ofAssessments(Collection<String> assessmentIds) {
		if (assessmentIds.isEmpty()) {
			return List.of();
		}
		Bson filter = Filters.and(Filters.in("metadata.assessmentId", assessmentIds),
				Filters.exists("metadata.removedAt", false));
		List<EvidenceFile> found = new ArrayList<>();
		bucket().find(filter).sort(new Document("uploadDate", 1)).forEach(file -> found.add(toFile(file)));
		return found;
	}

	/** The components of an assessment that have evidence files. */
	public Set<String> componentsWithEvidence(String assessmentId) {
		return ofAssessments(List.of(assessmentId)).stream().map(EvidenceFile::componentCode).collect(Collectors.toSet());
	}

	/** The same content already stored for the component (not withdrawn), if any. */
	Optional<EvidenceFile> sameContent(String assessmentId, String componentCode, String sha256) {
		return ofAssessments(List.of(assessmentId)).stream()
			.filter(file -> file.componentCode().equals(componentCode) && file.sha256().equals(sha256))
			.findFirst();
	}

	InputStream open(String id) {
		return bucket().openDownloadStream(new BsonString(id));
	}

	private static Document metadata(EvidenceFile file) {
		return new Document("assessmentId", file.assessmentId())
			.append("unitCode", file.unitCode())
			.append("methodologyCode", file.methodologyCode())
			.append("year", file.year())
			.append("componentCode", file.componentCode())
			.append("contentType", file.contentType())
			.append("size", file.size())
			.append("sha256", file.sha256())
			.append("scan", file.scan())
			.append("uploadedAt", Date.from(file.uploadedAt()))
			.append("uploadedBy", actor(file.uploadedBy()));
	}

	private static Document actor(Actor actor) {
		return new Document("name", actor.name()).append("role", actor.role()).append("unitCode", actor.unitCode());
	}

	private static Actor actor(Document document) {
		return document == null ? null
				: new Actor(document.getString("name"), document.getString("role"), document.getString("unitCode"));
	}

	private static EvidenceFile toFile(GridFSFile file) {
		Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
		Date removedAt = metadata.getDate("removedAt");
		return new EvidenceFile(file.getId().asString().getValue(), metadata.getString("assessmentId"),
				metadata.getString("unitCode"), metadata.getString("methodologyCode"), metadata.getInteger("year", 0),
				metadata.getString("componentCode"), file.getFilename(), metadata.getString("contentType"),
				file.getLength(), metadata.getString("sha256"), metadata.getString("scan"),
				metadata.getDate("uploadedAt").toInstant(), actor(metadata.get("uploadedBy", Document.class)),
				removedAt == null ? null : removedAt.toInstant(), actor(metadata.get("removedBy", Document.class)));
	}

}
