package vn.parmonitor.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import vn.parmonitor.ExternalTools;
import vn.parmonitor.MultipartUpload;
import vn.parmonitor.MultipartUpload.Answer;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.assessment.Assessment;
import vn.parmonitor.assessment.AssessmentReader;
import vn.parmonitor.assessment.ComponentScore;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.methodology.MethodologyInput;
import vn.parmonitor.methodology.MethodologyService;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Score templates and score files over real HTTP: Lạng Sơn's PROVINCE-2022 template shows its published points; the
 * template of a province of the test's own under a copy of the PROVINCE-2022 tree (so that the demo's 2022 ranking
 * stays the published one), filled with Lạng Sơn's published 2022 points and sent back (after LibreOffice has opened and saved it, as a user's
 * office suite would), yields Lạng Sơn's 81.45%; sent again it changes nothing; a published matrix (a row per unit,
 * a column per component) imports too, and a bad cell is named.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreTemplateTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** PROVINCE-2022's tree under a code and family of the test's own. */
	static final String TREE = "T-TPL-2022";

	static final int YEAR = 2037;

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	UnitService units;

	@Autowired
	AssessmentReader assessments;

	@Autowired
	MethodologyService methodologies;

	RestClient http;

	Map<String, BigDecimal> langSon2022;

	@BeforeAll
	void provincesOfTheTestsOwn() throws Exception {
		http = RestClient.create("http://127.0.0.1:" + port);
		try (var in = getClass().getResourceAsStream("/demo/methodologies/PROVINCE-2022.json")) {
			tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) JSON.readTree(in);
			// Another year, so that the demo's PROVINCE units keep one methodology for 2022 (no other test scores 2037).
			tree.put("code", TREE).put("family", "T-TPL").put("name", "Bản sao bộ chỉ số 2022 (thử)").put("year", YEAR)
				.put("lastYear", YEAR);
			tree.remove("crosswalks");
			assertThat(methodologies.importMethodology(JSON.treeToValue(tree, MethodologyInput.class)).userErrors())
				.isEmpty();
		}
		assertThat(units.upsert(List.of(
				new UnitInput("T-TPL-A", "Tỉnh Biểu Mẫu", null, null, UnitKind.PROVINCE, null, null, null, null, null, null,
						null, null),
				new UnitInput("T-TPL-B", "Tỉnh Ma Trận", null, null, UnitKind.PROVINCE, null, null, null, null, null, null,
						null, null)))
			.userErrors()).isEmpty();
		Assessment published = assessments.findByIds(List.of(Assessment.idOf("20", "PROVINCE-2022", 2022))).get(0);
		langSon2022 = published.scores().stream().collect(Collectors.toMap(ComponentScore::componentCode,
				score -> score.at(ScoreStage.FINAL).points(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	@Test
	void theTemplateFilledWithLangSonsPointsYieldsItsIndexAndSentAgainChangesNothing(@TempDir Path directory)
			throws Exception {
		try (XSSFWorkbook langSon = new XSSFWorkbook(new ByteArrayInputStream(MultipartUpload.get(http,
				"/templates/scores?methodologyCode=PROVINCE-2022&unitCode=20&year=2022&stage=FINAL",
				ParMonitorIntegrationTest.LANG_SON_TOKEN)
			.bytes()))) {
			BigDecimal published = BigDecimal.ZERO;
			for (int r = 1; r <= 88; r++) {
				published = published.add(BigDecimal.valueOf(langSon.getSheetAt(0).getRow(r).getCell(7).getNumericCellValue()));
			}
			assertThat(published.setScale(2, java.math.RoundingMode.HALF_UP)).as("Lạng Sơn's template shows its points")
				.isEqualByComparingTo("81.45");
		}
		Answer template = MultipartUpload.get(http, "/templates/scores?methodologyCode=" + TREE + "&unitCode=T-TPL-A"
				+ "&year=" + YEAR + "&stage=FINAL", ParMonitorIntegrationTest.ADMIN_TOKEN);
		assertThat(template.status()).as(template.body()).isEqualTo(200);
		assertThat(template.headers().getContentDisposition().getFilename())
			.isEqualTo("diem-" + TREE + "-T-TPL-A-" + YEAR + "-FINAL.xlsx");
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
			Sheet scores = book.getSheetAt(0);
			assertThat(scores.getSheetName()).isEqualTo("scores");
			assertThat(scores.getLastRowNum()).as("one row per component of the 2022 tree").isEqualTo(88);
			Row first = scores.getRow(1);
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("1.1.1");
			assertThat(first.getCell(5).getNumericCellValue()).as("the maximum of 1.1.1").isEqualTo(0.5);
			assertThat(first.getCell(7).getCellType()).as("nothing recorded yet")
				.isIn(org.apache.poi.ss.usermodel.CellType.BLANK, org.apache.poi.ss.usermodel.CellType.STRING);
			List<? extends DataValidation> validations = scores.getDataValidations();
			assertThat(validations).anySatisfy(validation -> {
				assertThat(validation.getValidationConstraint().getFormula2()).isEqualTo("F2");
				assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("H2:H89");
			});
			assertThat(validations).anySatisfy(validation -> assertThat(validation.getValidationConstraint()
				.getFormula1()).contains("$A$2:$A$4"));
			Sheet notes = book.getSheet("Ghi chú - Notes");
			String text = sheetText(notes);
			assertThat(text).contains("Điểm đạt: số thập phân từ 0 đến điểm tối đa")
				.contains("The points: a decimal from 0 to the maximum").contains("Tỉnh Biểu Mẫu");
			for (int r = 1; r <= 88; r++) {
				Row row = scores.getRow(r);
				row.createCell(7).setCellValue(langSon2022.get(row.getCell(3).getStringCellValue()).doubleValue());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			filled = out.toByteArray();
		}
		byte[] savedByLibreOffice = throughLibreOffice(directory, filled);

		JsonNode imported = job(MultipartUpload.post(http, "/imports/scores", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "diem.xlsx", savedByLibreOffice), 200);
		assertThat(imported.get("rowsStored").asInt()).isEqualTo(88);
		assertThat(imported.get("rowsChanged").asInt()).isEqualTo(88);
		Testers.admin(anonymous).document("{ assessment(unitCode: \"T-TPL-A\", year: " + YEAR + ", methodologyCode: \"" + TREE
				+ "\") { points indexPercent } }").execute()
			.path("assessment.points").entity(BigDecimal.class).satisfies(points -> assertThat(points)
				.isEqualByComparingTo("81.45"))
			.path("assessment.indexPercent").entity(BigDecimal.class).satisfies(index -> assertThat(index)
				.isEqualByComparingTo("81.45"));

		JsonNode again = job(MultipartUpload.post(http, "/imports/scores", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "diem.xlsx", savedByLibreOffice), 200);
		assertThat(again.get("rowsChanged").asInt()).as("the same file again").isZero();

		// The template now shows what is recorded: downloaded again it is the filled one.
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(MultipartUpload.get(http,
				"/templates/scores?methodologyCode=" + TREE + "&unitCode=T-TPL-A&year=" + YEAR + "&stage=FINAL",
				ParMonitorIntegrationTest.ADMIN_TOKEN).bytes()))) {
			Row row = book.getSheetAt(0).getRow(1);
			assertThat(BigDecimal.valueOf(row.getCell(7).getNumericCellValue()))
				.isEqualByComparingTo(langSon2022.get("1.1.1"));
		}
	}

	@Test
	void aPublishedMatrixImportsWithFormFieldsAndABadCellIsNamed() throws Exception {
		List<String> components = List.copyOf(langSon2022.keySet());
		StringBuilder header = new StringBuilder("unitCode,unitName");
		StringBuilder row = new StringBuilder("T-TPL-B,Tỉnh Ma Trận");
		for (String component : components) {
			header.append(',').append(component);
			row.append(',').append(langSon2022.get(component).toPlainString());
		}
		String good = header + "\n" + row + "\n";
		String bad = good.replace("T-TPL-B,Tỉnh Ma Trận," + langSon2022.get(components.get(0))
			.toPlainString(), "T-TPL-B,Tỉnh Ma Trận,7");
		Map<String, String> form = Map.of("methodologyCode", TREE, "year", String.valueOf(YEAR), "stage", "FINAL",
				"wait", "true");

		JsonNode refused = job(MultipartUpload.post(http, "/imports/scores", ParMonitorIntegrationTest.ADMIN_TOKEN, form,
				"ket-qua.csv", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 422);
		JsonNode error = refused.get("errors").get(0);
		assertThat(error.get("row").asInt()).isEqualTo(2);
		assertThat(error.get("column").asString()).isEqualTo("C");
		assertThat(error.get("columnName").asString()).isEqualTo("1.1.1");
		assertThat(error.get("value").asString()).isEqualTo("7");
		assertThat(error.get("message").asString()).as("the mutation's own words")
			.isEqualTo("score 7 exceeds the maximum 0.5 of component 1.1.1");
		assertThat(error.get("code").asString()).isEqualTo("OUT_OF_RANGE");
		assertThat(assessments.findByIds(List.of(Assessment.idOf("T-TPL-B", TREE, YEAR)))).isEmpty();

		JsonNode stored = job(MultipartUpload.post(http, "/imports/scores", ParMonitorIntegrationTest.ADMIN_TOKEN, form,
				"ket-qua.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 200);
		assertThat(stored.get("rowsStored").asInt()).isEqualTo(88);
		Assessment assessment = assessments.findByIds(List.of(Assessment.idOf("T-TPL-B", TREE, YEAR))).get(0);
		Map<String, BigDecimal> points = assessment.scores().stream().collect(Collectors.toMap(
				ComponentScore::componentCode, score -> score.at(ScoreStage.FINAL).points()));
		assertThat(points).hasSize(88);
		components.forEach(code -> assertThat(points.get(code)).as(code).isEqualByComparingTo(langSon2022.get(code)));

		Answer committee = MultipartUpload.post(http, "/imports/scores", ParMonitorIntegrationTest.VAN_QUAN_TOKEN, form,
				"ket-qua.csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		JsonNode forbidden = job(committee, 422);
		assertThat(forbidden.get("errors").get(0).get("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(forbidden.get("errors").get(0).get("message").asString())
			.contains("FINAL scores are recorded by ADMIN");
	}

	private static byte[] throughLibreOffice(Path directory, byte[] workbook) throws Exception {
		Path soffice = ExternalTools.locate("soffice", "libreoffice-calc-nogui");
		Path in = directory.resolve("in").resolve("diem.xlsx");
		Files.createDirectories(in.getParent());
		Files.write(in, workbook);
		Path out = directory.resolve("out");
		ExternalTools.Result converted = ExternalTools.run(directory, Map.of("HOME", directory.toString()),
				soffice.toString(), "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(),
				in.toString());
		Path saved = out.resolve("diem.xlsx");
		assertThat(Files.exists(saved)).as(converted.output()).isTrue();
		return Files.readAllBytes(saved);
	}

	private static String sheetText(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
		return text.toString();
	}

	private static JsonNode job(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return JSON.readTree(answer.body());
	}

}
