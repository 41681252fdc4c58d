package vn.parmonitor.assessment.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.parmonitor.assessment.Assessment;
import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.AssessmentState;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.methodology.CriterionDefinition;
import vn.parmonitor.methodology.CriterionTree;
import vn.parmonitor.methodology.Methodology;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.methodology.NodeLevel;
import vn.parmonitor.system.audit.Actor;
import vn.parmonitor.system.audit.AuditDraft;
import vn.parmonitor.system.audit.AuditTrail;
import vn.parmonitor.system.audit.AuditedEntity;
import vn.parmonitor.system.http.SpooledUpload;
import vn.parmonitor.system.audit.FieldChange;
import vn.parmonitor.system.security.ApiPrincipal;
import vn.parmonitor.system.security.ApiRole;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitReadAccess;
import vn.parmonitor.unit.UnitService;

/**
 * Uploads, downloads and withdraws evidence files, each checked as the SELF score it backs: uploaded and withdrawn
 * by the unit's officer (or one of a unit above it) or the Department while the assessment takes SELF scores (OPEN
 * or RETURNED), read by those who may read the unit's unpublished data. Every upload and withdrawal is audited.
 */
@Service
public class EvidenceService {

	private final EvidenceStore store;

	private final EvidenceScanner scanner;

	private final EvidenceProperties properties;

	private final UnitService units;

	private final MethodologyService methodologies;

	private final AssessmentReader assessments;

	private final UnitReadAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	EvidenceService(EvidenceStore store, EvidenceScanner scanner, EvidenceProperties properties, UnitService units,
			MethodologyService methodologies, AssessmentReader assessments, UnitReadAccess access, AuditTrail audit,
			Optional<Clock> clock) {
		this.store = store;
		this.scanner = scanner;
		this.properties = properties;
		this.units = units;
		this.methodologies = methodologies;
		this.assessments = assessments;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What an upload is for. */
	record Target(String unitCode, String methodologyCode, Integer year, String componentCode) {
	}

	/**
	 * Stores an uploaded file (already spooled by the servlet container) as evidence of a component, or refuses it
	 * with the reason. The same content uploaded again for the same component is the file already stored.
	 */
	EvidenceFile upload(Target given, String fileName, long size, InputStream content) {
		Target target = new Target(units.keyInYear(given.unitCode(), given.year()), given.methodologyCode(),
				given.year(), given.componentCode());
		requireWriter(target.unitCode());
		String assessmentId = checkTarget(target);
		if (size > properties.maxSize().toBytes()) {
			throw tooLarge(size);
		}
		try (SpooledUpload upload = SpooledUpload.of(content)) {
			if (upload.size() > properties.maxSize().toBytes()) {
				throw tooLarge(upload.size());
			}
			if (upload.size() == 0) {
				throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "file", "the file is empty");
			}
			String type = acceptedType(upload.path(), fileName);
			Optional<EvidenceFile> same = store.sameContent(assessmentId, target.componentCode(), upload.sha256());
			if (same.isPresent()) {
				return same.get();
			}
			String scan = scan(upload.path(), fileName);
			Actor actor = Actor.current();
			EvidenceFile file = new EvidenceFile(UUID.randomUUID().toString(), assessmentId, target.unitCode(),
					target.methodologyCode(), target.year(), target.componentCode(), safeName(fileName), type,
					upload.size(), upload.sha256(), scan, Instant.now(clock), actor, null, null);
			audit.write(new AuditDraft("EVIDENCE_UPLOADED", AuditedEntity.EVIDENCE, file.id(), file.unitCode(),
					file.year(), file.methodologyCode(), List.of(
							new FieldChange("componentCode", null, file.componentCode()),
							new FieldChange("fileName", null, file.fileName()),
							new FieldChange("contentType", null, file.contentType()),
							new FieldChange("size", null, String.valueOf(file.size())),
							new FieldChange("sha256", null, file.sha256())), null, null), actor, changeId -> {
								try (InputStream in = Files.newInputStream(upload.path())) {
									store.store(file, in, changeId);
								}
								catch (IOException ex) {
									throw new UncheckedIOException(ex);
								}
								return file;
							});
			return file;
		}
	}

	/** The type read from the content, or the refusal naming what it is and what is accepted. */
	private static String acceptedType(Path file, String fileName) {
		String[] detected = new String[1];
		try {
			return EvidenceTypes.accepted(file, fileName, detected)
				.orElseThrow(() -> new EvidenceRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file", "'" + fileName + "' is "
						+ detected[0] + " by its content; evidence is accepted as " + EvidenceTypes.ACCEPTED_NAMES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The scan's outcome to keep with the file; an infected file or a failed scan is refused. */
	private String scan(Path file, String fileName) {
		EvidenceScanner.Result scan = scanner.scan(file);
		if (scan.outcome() == EvidenceScanner.Outcome.INFECTED) {
			throw new EvidenceRefusal(HttpStatus.UNPROCESSABLE_CONTENT, "file", "the virus scanner refused '" + fileName
					+ "': " + scan.report());
		}
		if (scan.outcome() == EvidenceScanner.Outcome.FAILED) {
			throw new EvidenceRefusal(HttpStatus.SERVICE_UNAVAILABLE, "file", "'" + fileName
					+ "' could not be scanned for viruses (" + scan.report() + "); send it again later");
		}
		return scan.outcome().name();
	}

	/** The file to download, for a caller who may read the unit's unpublished data. */
	EvidenceFile readable(String id) {
		EvidenceFile file = store.find(id)
			.filter(found -> found.removedAt() == null || ApiPrincipal.current().map(p -> p.role() == ApiRole.ADMIN)
				.orElse(false))
			.orElseThrow(() -> new EvidenceRefusal(HttpStatus.NOT_FOUND, "id", "no evidence file " + id));
		if (ApiPrincipal.current().isEmpty()) {
			throw new EvidenceRefusal(HttpStatus.UNAUTHORIZED, "Authorization", "evidence is read with a token of "
					+ "the unit, of a unit above it, of the council, the Steering Committee or the Department: send the "
					+ "header 'Authorization: Bearer <token>'");
		}
		if (access.readable(List.of(file.unitCode())).isEmpty()) {
			throw new EvidenceRefusal(HttpStatus.FORBIDDEN, "Authorization", "the evidence of unit " + file.unitCode()
					+ " is read by its officers (and those of the units above it), the council, the Steering Committee "
					+ "and the Department");
		}
		return file;
	}

	InputStream content(EvidenceFile file) {
		return store.open(file.id());
	}

	/** Withdraws a file while the assessment takes SELF scores; it stays stored for the audit trail. */
	public EvidenceFile remove(String id, String reason) {
		EvidenceFile file = store.find(id).filter(found -> found.removedAt() == null)
			.orElseThrow(() -> new EvidenceRefusal(HttpStatus.NOT_FOUND, "id", "no evidence file " + id));
		requireWriter(file.unitCode());
		checkWindow(file.assessmentId(), file.unitCode(), file.methodologyCode(), file.year());
		Instant now = Instant.now(clock);
		Actor actor = Actor.current();
		audit.write(new AuditDraft("EVIDENCE_REMOVED", AuditedEntity.EVIDENCE, id, file.unitCode(), file.year(),
				file.methodologyCode(), List.of(new FieldChange("removedAt", null, now.toString())),
				reason == null || reason.isBlank() ? null : reason.strip(), null), actor, changeId -> {
					store.markRemoved(id, now, actor, changeId);
					return null;
				});
		return store.find(id).orElseThrow();
	}

	private ApiPrincipal requireWriter(String unitCode) {
		ApiPrincipal caller = ApiPrincipal.current().orElseThrow(() -> new EvidenceRefusal(HttpStatus.UNAUTHORIZED,
				"Authorization", "evidence is uploaded with a token of the unit (UNIT) or of the Department (ADMIN): "
						+ "send the header 'Authorization: Bearer <token>'"));
		if (caller.role() != ApiRole.ADMIN && caller.role() != ApiRole.UNIT) {
			throw new EvidenceRefusal(HttpStatus.FORBIDDEN, "Authorization", "token '" + caller.name() + "' has role "
					+ caller.role() + ": evidence of a self-assessment is uploaded by the unit (UNIT) or the Department "
					+ "(ADMIN)");
		}
		if (caller.role() == ApiRole.UNIT && unitCode != null
				&& !units.selfAndDescendantCodes(caller.unitCode()).contains(unitCode)) {
			throw new EvidenceRefusal(HttpStatus.FORBIDDEN, "unitCode", "Token '" + caller.name() + "' speaks for unit "
					+ caller.unitCode() + " and the units below it, not for unit " + unitCode);
		}
		return caller;
	}

	/** Checks what the file is for and that the assessment takes SELF scores; returns the assessment's id. */
	private String checkTarget(Target target) {
		Unit unit = target.unitCode() == null ? null : units.find(target.unitCode()).orElse(null);
		if (unit == null) {
			throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "unitCode", "unit " + target.unitCode() + " does not exist");
		}
		Methodology methodology = target.methodologyCode() == null ? null
				: methodologies.find(target.methodologyCode()).orElse(null);
		if (methodology == null) {
			throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "methodologyCode", "methodology "
					+ target.methodologyCode() + " does not exist");
		}
		if (target.year() == null || !methodology.appliesTo(target.year())) {
			throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "year", "methodology " + methodology.code()
					+ " applies to years " + methodology.year() + " to " + methodology.lastYear() + ", not to "
					+ target.year());
		}
		CriterionDefinition component = target.componentCode() == null ? null
				: CriterionTree.of(methodology).node(target.componentCode()).orElse(null);
		if (component == null || component.level() != NodeLevel.COMPONENT) {
			throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "componentCode", "component " + target.componentCode()
					+ " does not exist in " + methodology.code());
		}
		if (!component.method().selfScored()) {
			throw new EvidenceRefusal(HttpStatus.BAD_REQUEST, "componentCode", "component " + component.code()
					+ " is assessed by " + component.method() + " and is never self-scored: it takes no evidence");
		}
		String assessmentId = Assessment.idOf(unit.key(), methodology.code(), target.year());
		checkWindow(assessmentId, unit.key(), methodology.code(), target.year());
		return assessmentId;
	}

	private void checkWindow(String assessmentId, String unitCode, String methodologyCode, int year) {
		AssessmentState state = assessments.findByIds(List.of(assessmentId)).stream().findFirst()
			.map(Assessment::state).orElse(AssessmentState.OPEN);
		if (!state.accepts(ScoreStage.SELF)) {
			throw new EvidenceRefusal(HttpStatus.CONFLICT, "unitCode", "the assessment of unit " + unitCode + " under "
					+ methodologyCode + " in " + year + " is " + state + ": evidence changes with the SELF scores, while "
					+ "it is OPEN or RETURNED");
		}
	}

	private EvidenceRefusal tooLarge(long size) {
		return new EvidenceRefusal(HttpStatus.CONTENT_TOO_LARGE, "file", "the file has " + size + " bytes; evidence "
				+ "files may have at most " + properties.maxSize().toBytes() + " bytes (" + properties.maxSize().toMegabytes()
				+ " MB): split it or scan it at a lower resolution");
	}

	/** The name as shown: no path, no control characters, at most 200 characters. */
	private static String safeName(String name) {
		String base = name == null ? "evidence" : name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (base.isEmpty()) {
			base = "evidence";
		}
		return base.length() > 200 ? base.substring(0, 200) : base;
	}

}
