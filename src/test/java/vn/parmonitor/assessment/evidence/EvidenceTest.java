package vn.parmonitor.assessment.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import vn.parmonitor.MultipartUpload;
import vn.parmonitor.MultipartUpload.Answer;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence documents over real HTTP (multipart upload, download) on a district methodology of the test's own: the
 * type is read from the content, the size is limited, the SHA-256 kept, the scanner hook (a real process) refuses
 * what it finds, and only those entitled download; a SELF score with evidence needs no note; after submission the
 * evidence is locked with the scores.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceTest {

	static final String METHODOLOGY = "T-EV-DISTRICT-2024";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	MethodologyService methodologies;

	RestClient http;

	@BeforeAll
	void aDistrictMethodology() {
		http = RestClient.create("http://127.0.0.1:" + port);
		String tree = """
				{"code": "%s", "name": "Thử minh chứng", "year": 2024, "unitKind": "DISTRICT", "totalMaximum": "10",
				 "fields": [{"code": "1", "name": "Lĩnh vực 1", "maxPoints": "10", "children": [
				   {"code": "1.1", "name": "Tiêu chí 1.1", "maxPoints": "10", "children": [
				     {"code": "1.1.1", "name": "TP 1.1.1", "maxPoints": "6", "method": "APPRAISED_SELF_ASSESSMENT"},
				     {"code": "1.1.2", "name": "TP 1.1.2", "maxPoints": "4", "method": "CITIZENS_SURVEY"}]}]}]}"""
			.formatted(METHODOLOGY);
		assertThat(methodologies.importMethodology(JSON.readValue(tree, MethodologyInput.class)).userErrors()).isEmpty();
	}

	@Test
	void vanQuanUploadsItsEvidenceScoresWithoutANoteAndOnlyThoseEntitledDownloadIt() throws Exception {
		Answer uploaded = upload(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, "184", "1.1.1", "Báo cáo 12-BC-UBND.pdf", PDF);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		JsonNode file = JSON.readTree(uploaded.body());
		assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(file.get("sha256").asString()).isEqualTo(sha256(PDF));
		assertThat(file.get("size").asLong()).isEqualTo(PDF.length);
		assertThat(file.get("scan").asString()).isEqualTo("CLEAN");
		assertThat(file.get("uploadedBy").get("name").asString()).isEqualTo("van-quan-officer");
		String id = file.get("id").asString();
		assertThat(uploaded.location()).isEqualTo("/evidence/" + id);
		assertThat(JSON.readTree(upload(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, "184", "1.1.1", "again.pdf", PDF)
			.body()).get("id").asString()).as("the same content again is the same file").isEqualTo(id);

		// With its evidence uploaded, the SELF score needs no note.
		HttpGraphQlTester officer = Testers.as(anonymous, ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		officer.document("""
				mutation { recordComponentScore(input: { unitCode: "184", methodologyCode: "%s", year: 2024,
				  componentCode: "1.1.1", stage: SELF, points: "5.5" }) { userErrors { message } } }""".formatted(METHODOLOGY))
			.execute().path("recordComponentScore.userErrors").entityList(Object.class).hasSize(0);
		String evidence = "{ assessment(unitCode: \"184\", year: 2024, methodologyCode: \"" + METHODOLOGY
				+ "\") { scores { evidence { fileName sha256 downloadUrl } } } }";
		officer.document(evidence).execute().path("assessment.scores[0].evidence[0].fileName").entity(String.class)
			.isEqualTo("Báo cáo 12-BC-UBND.pdf");

		Answer download = download(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, id);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(PDF);
		assertThat(download.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(download.headers().getETag()).isEqualTo("\"" + sha256(PDF) + "\"");
		assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.headers().getContentDisposition().getFilename()).isEqualTo("Báo cáo 12-BC-UBND.pdf");
		assertThat(download(ParMonitorIntegrationTest.LANG_SON_TOKEN, id).status()).as("the province above").isEqualTo(200);
		assertThat(download(ParMonitorIntegrationTest.VIEWER_TOKEN, id).status()).as("the committee").isEqualTo(200);
		Answer stranger = download(null, id);
		assertThat(stranger.status()).isEqualTo(401);
		assertThat(stranger.body()).contains("evidence is read with a token of the unit");
		anonymous.document(evidence).execute().path("assessment").valueIsNull();
	}

	@Test
	void aFileIsJudgedByItsContentAndItsSizeAndTheScannerRefusesWhatItFinds() throws Exception {
		String token = ParMonitorIntegrationTest.ADMIN_TOKEN;
		byte[] executable = new byte[512];
		executable[0] = 'M';
		executable[1] = 'Z';
		Answer renamed = upload(token, "181", "1.1.1", "bao-cao.pdf", executable);
		assertThat(renamed.status()).isEqualTo(415);
		assertThat(problem(renamed)).containsEntry("field", "file");
		assertThat((String) problem(renamed).get("detail")).startsWith("'bao-cao.pdf' is application/x-")
			.endsWith("by its content; evidence is accepted as PDF, Word (.doc, .docx), Excel (.xls, .xlsx), PowerPoint "
					+ "(.ppt, .pptx), OpenDocument (.odt, .ods), JPEG, PNG or TIFF");
		assertThat(upload(token, "181", "1.1.1", "ke-hoach.docx", zip(Map.of("readme.txt", "x"))).status())
			.as("a ZIP renamed .docx").isEqualTo(415);
		Answer docx = upload(token, "181", "1.1.1", "ke-hoach.docx",
				zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>")));
		assertThat(docx.status()).as(docx.body()).isEqualTo(201);
		assertThat(JSON.readTree(docx.body()).get("contentType").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		Answer tooLarge = upload(token, "181", "1.1.1", "scan.pdf", large);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(problem(tooLarge).get("detail")).isEqualTo("the file has 1048577 bytes; evidence files may have at "
				+ "most 1048576 bytes (1 MB): split it or scan it at a lower resolution");

		byte[] infected = ("%PDF-1.4\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		Answer scanned = upload(token, "181", "1.1.1", "nhiem.pdf", infected);
		assertThat(scanned.status()).isEqualTo(422);
		assertThat(problem(scanned).get("detail"))
			.isEqualTo("the virus scanner refused 'nhiem.pdf': the file: Eicar-Test-Signature FOUND");

		Answer survey = upload(token, "181", "1.1.2", "sipas.pdf", PDF);
		assertThat(survey.status()).isEqualTo(400);
		assertThat(problem(survey)).containsEntry("field", "componentCode");
		Answer neighbour = upload(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, "181", "1.1.1", "x.pdf", PDF);
		assertThat(neighbour.status()).isEqualTo(403);
		assertThat(download(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, JSON.readTree(docx.body()).get("id").asString())
			.status()).as("another district's evidence").isEqualTo(403);
	}

	@Test
	void afterSubmissionTheEvidenceIsLockedWithTheScoresAndAWithdrawalIsAudited() throws Exception {
		HttpGraphQlTester admin = Testers.admin(anonymous);
		String token = ParMonitorIntegrationTest.ADMIN_TOKEN;
		Answer first = upload(token, "183", "1.1.1", "a.pdf", PDF);
		String id = JSON.readTree(first.body()).get("id").asString();
		var removed = admin.document("mutation($id: ID!) { removeEvidence(input: { id: $id, reason: \"nhầm tệp\" }) { "
				+ "evidence { removedAt } userErrors { message } } }").variable("id", id).execute();
		removed.path("removeEvidence.evidence.removedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
		Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN)
			.document("{ auditLog(filter: { entityType: EVIDENCE, entityId: \"" + id + "\" }) { edges { node { action reason } } } }")
			.execute().path("auditLog.edges[*].node.action").entityList(String.class)
			.containsExactly("EVIDENCE_REMOVED", "EVIDENCE_UPLOADED");

		byte[] other = (new String(PDF, StandardCharsets.US_ASCII) + "% second\n").getBytes(StandardCharsets.US_ASCII);
		assertThat(upload(token, "183", "1.1.1", "b.pdf", other).status()).isEqualTo(201);
		admin.document("""
				mutation { recordComponentScore(input: { unitCode: "183", methodologyCode: "%s", year: 2024,
				  componentCode: "1.1.1", stage: SELF, points: "4" }) { userErrors { message } } }""".formatted(METHODOLOGY))
			.execute().path("recordComponentScore.userErrors").entityList(Object.class).hasSize(0);
		admin.document("""
				mutation { submitAssessment(input: { unitCode: "183", methodologyCode: "%s", year: 2024 }) {
				  assessment { state } } }""".formatted(METHODOLOGY)).execute()
			.path("submitAssessment.assessment.state").entity(String.class).isEqualTo("SUBMITTED");
		Answer late = upload(token, "183", "1.1.1", "c.pdf", ("%PDF-1.4\n% late\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
		assertThat(late.status()).isEqualTo(409);
		assertThat(problem(late).get("detail")).isEqualTo("the assessment of unit 183 under T-EV-DISTRICT-2024 in 2024 is "
				+ "SUBMITTED: evidence changes with the SELF scores, while it is OPEN or RETURNED");
	}

	private Answer upload(String token, String unit, String component, String name, byte[] content) {
		return MultipartUpload.post(http, "/evidence", token, Map.of("unitCode", unit, "methodologyCode", METHODOLOGY,
				"year", "2024", "componentCode", component), name, content);
	}

	private Answer download(String token, String id) {
		return MultipartUpload.get(http, "/evidence/" + id, token);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> problem(Answer answer) {
		assertThat(answer.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		return JSON.readValue(answer.body(), Map.class);
	}

	private static byte[] zip(Map<String, String> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
