package vn.parmonitor.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellStyle;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import vn.parmonitor.ExternalTools;
import vn.parmonitor.MultipartUpload;
import vn.parmonitor.MultipartUpload.Answer;
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;
import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.IndicatorInput;
import vn.parmonitor.indicator.IndicatorMeasure;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.Observation;
import vn.parmonitor.indicator.ReportingPeriod;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observation sheets over real HTTP, as a province's officers send them: CSV and XLSX written by POI and by
 * LibreOffice, a bad row among a thousand, dry runs, a file sent twice, and who may send what. Each test has
 * indicators of its own on fifty communes of a test province.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservationImportTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> COMMUNES = IntStream.rangeClosed(1, 50).mapToObj(i -> "T-IMP-C%02d".formatted(i)).toList();

	static final List<String> MONTHS = IntStream.range(0, 20)
		.mapToObj(i -> java.time.YearMonth.of(2023, 1).plusMonths(i).toString()).toList();

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	IndicatorService indicators;

	@Autowired
	UnitService units;

	@Autowired
	MongoTemplate mongo;

	RestClient http;

	@BeforeAll
	void fiftyCommunes() {
		http = RestClient.create("http://127.0.0.1:" + port);
		List<UnitInput> inputs = new ArrayList<>();
		inputs.add(new UnitInput("T-IMP-P", "Tỉnh Nhập Liệu", null, null, UnitKind.PROVINCE, null, null, null, null, null,
				null, null, null));
		COMMUNES.forEach(code -> inputs.add(new UnitInput(code, "Xã " + code, null, null, UnitKind.COMMUNE, "T-IMP-P",
				null, null, null, null, null, null, null)));
		assertThat(units.upsert(inputs).userErrors()).isEmpty();
	}

	@Test
	void oneBadRowAmongAThousandStoresNothingCorrectedAllAreStoredSentAgainNothingChanges() throws Exception {
		String indicator = ratioIndicator("T-IMP-ONLINE");
		List<String[]> rows = thousandRows(indicator);
		rows.get(499)[3] = "120"; // the 500th data row, sheet row 501: 120 of 100 dossiers online

		JsonNode refused = job(importCsv(ParMonitorIntegrationTest.ADMIN_TOKEN, csv(rows), false), 422);
		assertThat(refused.get("state").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("errorCount").asInt()).isEqualTo(1);
		JsonNode error = refused.get("errors").get(0);
		assertThat(error.get("sheet").asString()).isEqualTo("CSV");
		assertThat(error.get("row").asInt()).isEqualTo(501);
		assertThat(error.get("column").asString()).isEqualTo("D");
		assertThat(error.get("columnName").asString()).isEqualTo("numerator");
		assertThat(error.get("value").asString()).isEqualTo("120");
		assertThat(error.get("message").asString()).isEqualTo("numerator 120 exceeds denominator 100 (accepted: 0 to 100)");
		assertThat(error.get("code").asString()).isEqualTo("OUT_OF_RANGE");
		assertThat(storedOf(indicator)).as("a refused file stores nothing").isZero();

		rows.get(499)[3] = "97";
		JsonNode stored = job(importCsv(ParMonitorIntegrationTest.ADMIN_TOKEN, csv(rows), false), 200);
		assertThat(stored.get("state").asString()).isEqualTo("SUCCEEDED");
		assertThat(stored.get("rowsStored").asInt()).isEqualTo(1000);
		assertThat(stored.get("rowsChanged").asInt()).isEqualTo(1000);
		assertThat(stored.get("progress").asDouble()).isEqualTo(1.0);
		assertThat(storedOf(indicator)).isEqualTo(1000);
		Observation corrected = mongo.findById(Observation.idOf(indicator, COMMUNES.get(24), MONTHS.get(19)),
				Observation.class);
		assertThat(corrected.value()).isEqualByComparingTo("97");
		assertThat(corrected.numerator()).isEqualByComparingTo("97");
		long auditEntries = auditEntriesOf(indicator);

		JsonNode again = job(importCsv(ParMonitorIntegrationTest.ADMIN_TOKEN, csv(rows), false), 200);
		assertThat(again.get("rowsStored").asInt()).isEqualTo(1000);
		assertThat(again.get("rowsChanged").asInt()).as("the same file again changes nothing").isZero();
		assertThat(auditEntriesOf(indicator)).isEqualTo(auditEntries);

		// The job is also read in GraphQL, by the token that sent it only.
		String query = "{ importJob(id: \"" + again.get("id").asString() + "\") { state rowsChanged requestedBy { name } "
				+ "errors { row } } }";
		Testers.admin(anonymous).document(query).execute().path("importJob.state").entity(String.class)
			.isEqualTo("SUCCEEDED").path("importJob.requestedBy.name").entity(String.class).isEqualTo("test-admin");
		Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN).document(query).execute().path("importJob")
			.valueIsNull();
	}

	@Test
	void aWorkbookWrittenByPoiIsReadAsItsUserSeesItAndADryRunStoresNothing() throws Exception {
		String indicator = ratioIndicator("T-IMP-POI");
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Số liệu");
			String[] header = { "Mã chỉ số", "Mã đơn vị", "Kỳ", "Tử số", "Mẫu số", "Giá trị" };
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
			}
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
			CellStyle thousands = book.createCellStyle();
			thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			Row row = sheet.createRow(2); // a blank row between header and data is skipped
			row.createCell(0).setCellValue(indicator);
			row.createCell(1).setCellValue("T-IMP-C01");
			row.createCell(2).setCellValue("2023-10");
			row.createCell(3).setCellValue(1234);
			row.getCell(3).setCellStyle(thousands);
			row.createCell(4).setCellValue(1300);
			row.createCell(5).setCellValue(0.9492); // shown as 94.92%
			row.getCell(5).setCellStyle(percent);
			book.write(out);
			workbook = out.toByteArray();
		}
		JsonNode dry = job(MultipartUpload.post(http, "/imports/observations", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("dryRun", "true", "wait", "true"), "so-lieu.xlsx", workbook), 200);
		assertThat(dry.get("format").asString()).isEqualTo("XLSX");
		assertThat(dry.get("dryRun").asBoolean()).isTrue();
		assertThat(dry.get("rowsRead").asInt()).isEqualTo(1);
		assertThat(dry.get("rowsStored").asInt()).isZero();
		assertThat(storedOf(indicator)).isZero();

		job(MultipartUpload.post(http, "/imports/observations", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "so-lieu.xlsx", workbook), 200);
		Observation stored = mongo.findById(Observation.idOf(indicator, "T-IMP-C01", "2023-10"), Observation.class);
		assertThat(stored.numerator()).isEqualByComparingTo("1234");
		assertThat(stored.value()).isEqualByComparingTo("94.92");
	}

	@Test
	void aWorkbookSavedByLibreOfficeImportsLikeTheCsvItCameFrom(@TempDir Path directory) throws Exception {
		Path soffice = ExternalTools.locate("soffice", "libreoffice-calc-nogui");
		String indicator = ratioIndicator("T-IMP-LO");
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			rows.add(new String[] { indicator, COMMUNES.get(i), MONTHS.get(i % 12), String.valueOf(80 + i % 20), "100",
					"", "Báo cáo tháng, Sở Nội vụ" });
		}
		Path csv = directory.resolve("quan-sat.csv");
		// Opened as a user opens a CSV file (comma-separated, UTF-8: filter options 44,34,76), saved as Excel 2007-365.
		Files.write(csv, csv(rows));
		ExternalTools.Result converted = ExternalTools.run(directory, Map.of("HOME", directory.toString()),
				soffice.toString(), "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", directory.toString(), csv.toString());
		Path xlsx = directory.resolve("quan-sat.xlsx");
		assertThat(Files.exists(xlsx)).as(converted.output()).isTrue();

		JsonNode imported = job(MultipartUpload.post(http, "/imports/observations", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "quan-sat.xlsx", Files.readAllBytes(xlsx)), 200);
		assertThat(imported.get("format").asString()).isEqualTo("XLSX");
		assertThat(imported.get("rowsStored").asInt()).isEqualTo(30);
		for (int i = 0; i < 30; i++) {
			Observation stored = mongo.findById(Observation.idOf(indicator, COMMUNES.get(i), MONTHS.get(i % 12)),
					Observation.class);
			assertThat(stored).as("row " + (i + 2)).isNotNull();
			assertThat(stored.value()).isEqualByComparingTo(String.valueOf(80 + i % 20));
			assertThat(stored.source()).isEqualTo("Báo cáo tháng, Sở Nội vụ");
		}
	}

	@Test
	void aUnitOfficerImportsItsOwnUnitsObservationsOnlyAndTheCommitteeNone() throws Exception {
		String indicator = ratioIndicator("T-IMP-SCOPE");
		List<String[]> own = List.<String[]>of(new String[] { indicator, "184", "2024-03", "45", "50", "", "" });
		JsonNode accepted = job(importCsv(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, csv(own), false), 200);
		assertThat(accepted.get("requestedBy").get("name").asString()).isEqualTo("van-quan-officer");
		assertThat(accepted.has("instance")).as("the replica's host name is not the client's business").isFalse();
		assertThat(storedOf(indicator)).isEqualTo(1);

		List<String[]> others = List.of(new String[] { indicator, "184", "2024-04", "46", "50", "", "" },
				new String[] { indicator, "T-IMP-C07", "2024-04", "46", "50", "", "" });
		JsonNode refused = job(importCsv(ParMonitorIntegrationTest.VAN_QUAN_TOKEN, csv(others), false), 422);
		assertThat(refused.get("errors").get(0).get("row").asInt()).isEqualTo(3);
		assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("B");
		assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(refused.get("errors").get(0).get("message").asString())
			.isEqualTo("Token 'van-quan-officer' speaks for unit 184 and the units below it, not for unit T-IMP-C07");
		assertThat(storedOf(indicator)).as("not even its own row of that file").isEqualTo(1);

		Answer committee = importCsv(ParMonitorIntegrationTest.VIEWER_TOKEN, csv(own), false);
		assertThat(committee.status()).isEqualTo(403);
		assertThat(JSON.readTree(committee.body()).get("detail").asString())
			.isEqualTo("token 'steering-member' has role VIEWER: imports of observations are for ADMIN or UNIT");
		Answer nobody = importCsv(null, csv(own), false);
		assertThat(nobody.status()).isEqualTo(401);
		assertThat(nobody.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(MultipartUpload.get(http, "/imports/" + accepted.get("id").asString(),
				ParMonitorIntegrationTest.LANG_SON_TOKEN).status()).as("another token's import").isEqualTo(404);
	}

	@Test
	void aFileThatIsNoObservationSheetIsRefusedWithWhatIsExpected() throws Exception {
		Answer noColumn = importCsv(ParMonitorIntegrationTest.ADMIN_TOKEN,
				"indicatorCode,unit,value\nX,184,5\n".getBytes(StandardCharsets.UTF_8), false);
		JsonNode refused = job(noColumn, 422);
		assertThat(refused.get("errors").get(0).get("row").asInt()).isEqualTo(1);
		assertThat(refused.get("errors").get(0).get("message").asString()).startsWith("the header row has no column "
				+ "period (found: indicatorCode, unit, value; the columns are indicatorCode, unitCode, period, value");

		Answer oldExcel = MultipartUpload.post(http, "/imports/observations", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of(), "so-lieu.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 });
		assertThat(oldExcel.status()).isEqualTo(415);
		assertThat(JSON.readTree(oldExcel.body()).get("detail").asString()).contains("save it as .xlsx or CSV UTF-8");

		Answer unknownKind = MultipartUpload.post(http, "/imports/dossiers", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of(), "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(unknownKind.status()).isEqualTo(404);
		assertThat(JSON.readTree(unknownKind.body()).get("detail").asString()).contains("/imports/observations");

		Answer badFlag = MultipartUpload.post(http, "/imports/observations", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("dryRun", "maybe"), "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(badFlag.status()).isEqualTo(400);
		assertThat(JSON.readTree(badFlag.body()).get("field").asString()).isEqualTo("dryRun");
	}

	@Test
	void theTemplateOfAProvinceShowsWhatIsRecordedAndFilledInStoresTheNewPeriodsOnly() throws Exception {
		String indicator = ratioIndicator("T-IMP-TPL");
		List<String[]> recorded = List.<String[]>of(new String[] { indicator, "T-IMP-C01", "2023-01", "40", "50", "",
				"Sở Nội vụ" });
		job(importCsv(ParMonitorIntegrationTest.ADMIN_TOKEN, csv(recorded), false), 200);

		Answer template = MultipartUpload.get(http, "/templates/observations?indicatorCode=" + indicator
				+ "&unitCode=T-IMP-P&year=2023", ParMonitorIntegrationTest.ADMIN_TOKEN);
		assertThat(template.status()).as(template.body()).isEqualTo(200);
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(template.bytes()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("observations");
			assertThat(sheet.getLastRowNum()).as("the province and its 50 communes × 12 months").isEqualTo(51 * 12);
			int prefilled = 0;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row.getCell(1).getStringCellValue().equals("T-IMP-C01") && row.getCell(2).getStringCellValue()
					.equals("2023-01")) {
					assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(40.0);
					prefilled++;
				}
				else if (row.getCell(1).getStringCellValue().equals("T-IMP-C02")) {
					row.getCell(4).setCellValue(45); // the officer fills in commune 2's year
					row.getCell(5).setCellValue(50);
				}
			}
			assertThat(prefilled).isEqualTo(1);
			assertThat(sheet.getDataValidations()).as("units and periods from lists, numerators and denominators "
					+ "from 0").hasSizeGreaterThanOrEqualTo(4);
			assertThat(book.getSheet("Ghi chú - Notes").getRow(0).getCell(0).getStringCellValue()).contains(indicator);
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			book.write(out);
			filled = out.toByteArray();
		}
		JsonNode sent = job(MultipartUpload.post(http, "/imports/observations", ParMonitorIntegrationTest.ADMIN_TOKEN,
				Map.of("wait", "true"), "so-lieu.xlsx", filled), 200);
		assertThat(sent.get("rowsRead").asInt()).isEqualTo(51 * 12);
		assertThat(sent.get("rowsStored").asInt()).as("the filled rows; empty periods are skipped").isEqualTo(13);
		assertThat(sent.get("rowsChanged").asInt()).as("commune 2's twelve months").isEqualTo(12);
		assertThat(storedOf(indicator)).isEqualTo(13);
	}

	private String ratioIndicator(String code) {
		assertThat(indicators.upsert(new IndicatorInput(code, "Tỷ lệ hồ sơ trực tuyến (" + code + ")", null, null,
				IndicatorMeasure.PERCENT, Direction.HIGHER_IS_BETTER, ReportingPeriod.MONTHLY, true, false, null,
				"hồ sơ trực tuyến", "hồ sơ")).userErrors()).isEmpty();
		return code;
	}

	/** 50 communes × 20 months of one indicator. */
	private static List<String[]> thousandRows(String indicator) {
		List<String[]> rows = new ArrayList<>();
		for (String commune : COMMUNES) {
			for (String month : MONTHS) {
				rows.add(new String[] { indicator, commune, month, String.valueOf(60 + rows.size() % 40), "100", "",
						"Cổng dịch vụ công" });
			}
		}
		return rows;
	}

	private static byte[] csv(List<String[]> rows) {
		StringBuilder text = new StringBuilder("indicatorCode,unitCode,period,numerator,denominator,value,source\n");
		for (String[] row : rows) {
			text.append(String.join(",", List.of(row).stream()
				.map(cell -> cell.contains(",") ? "\"" + cell + "\"" : cell).toList())).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private Answer importCsv(String token, byte[] content, boolean dryRun) {
		return MultipartUpload.post(http, "/imports/observations", token,
				Map.of("dryRun", String.valueOf(dryRun), "wait", "true"), "quan-sat.csv", content);
	}

	private static JsonNode job(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return JSON.readTree(answer.body());
	}

	private long storedOf(String indicator) {
		return mongo.count(Query.query(Criteria.where("indicatorCode").is(indicator)), Observation.class);
	}

	private long auditEntriesOf(String indicator) {
		return mongo.count(Query.query(Criteria.where("entityId").regex("^" + indicator + ":")), "audit_log");
	}

}
