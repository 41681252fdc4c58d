package vn.parmonitor.assessment.evidence;

import java.time.Instant;

import vn.parmonitor.system.audit.Actor;

/**
 * One evidence document of a component's self-assessment (GraphQL {@code EvidenceFile}): its content in GridFS, this
 * in the file's metadata.
 *
 * @param id a random id, also the download path {@code /evidence/<id>}
 * @param fileName the name it was uploaded with (shown, never trusted for its type)
 * @param contentType the type read from its content
 * @param sha256 the SHA-256 of its content, hex: the same file uploaded twice is one file
 * @param scan {@code NOT_SCANNED} or {@code CLEAN}
 * @param removedAt when it was withdrawn (it stays stored for the audit trail, but no longer counts as evidence)
 */
public record EvidenceFile(String id, String assessmentId, String unitCode, String methodologyCode, int year,
		String componentCode, String fileName, String contentType, long size, String sha256, String scan,
		Instant uploadedAt, Actor uploadedBy, Instant removedAt, Actor removedBy) {

	public String downloadUrl() {
		return "/evidence/" + id;
	}

}
