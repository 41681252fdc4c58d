package vn.parmonitor.spreadsheet;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.web.client.RestClient;

import vn.parmonitor.ExternalTools;
import vn.parmonitor.MultipartUpload;
import vn.parmonitor.MultipartUpload.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports against the GraphQL answers: the ranking export of the demo's 2022 provincial ranking, read back by POI and by LibreOffice, against what GraphQL's
 * ranking answers the same (anonymous) caller: the 63 provinces in its order with its ranks and indexes, and each
 * province's fields adding up to its points; Lạng Sơn's points lost in 2022 by field, criterion, agency and method.
 */
@vn.parmonitor.ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsTest {

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	RestClient http;

	List<Map<String, Object>> graphQl;

	@BeforeAll
	@SuppressWarnings("unchecked")
	void theGraphQlRanking() {
		http = RestClient.create("http://127.0.0.1:" + port);
		graphQl = new ArrayList<>();
		anonymous.document("{ ranking(methodologyCode: \"PROVINCE-2022\", year: 2022, first: 100) { edges { node { rank "
				+ "tied unit { code name } points indexPercent group } } } }").execute()
			.path("ranking.edges[*].node").entityList(Map.class).get().forEach(node -> graphQl.add(node));
		assertThat(graphQl).hasSize(63);
	}

	@Test
	void theWorkbookListsTheSixtyThreeProvincesAsGraphQlRanksThem() throws Exception {
		Answer export = MultipartUpload.get(http, "/exports/ranking?methodologyCode=PROVINCE-2022&year=2022", null);
		assertThat(export.status()).as(export.body()).isEqualTo(200);
		assertThat(export.headers().getContentDisposition().getFilename()).isEqualTo("xep-hang-PROVINCE-2022-2022.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
			Sheet sheet = book.getSheet("ranking");
			assertThat(sheet.getLastRowNum()).isEqualTo(63);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("indexPercent");
			assertThat(header.getCell(9).getStringCellValue()).startsWith("1 ");
			assertThat(header.getLastCellNum()).as("9 columns and the 8 fields").isEqualTo((short) 17);
			for (int i = 0; i < 63; i++) {
				Row row = sheet.getRow(i + 1);
				Map<String, Object> node = graphQl.get(i);
				assertThat((int) row.getCell(0).getNumericCellValue()).isEqualTo(node.get("rank"));
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(((Map<?, ?>) node.get("unit")).get("code"));
				assertThat(decimal(row.getCell(7).getNumericCellValue()))
					.isEqualByComparingTo(new BigDecimal(node.get("indexPercent").toString()));
				BigDecimal fields = BigDecimal.ZERO;
				for (int f = 9; f < 17; f++) {
					fields = fields.add(BigDecimal.valueOf(row.getCell(f).getNumericCellValue()));
				}
				assertThat(fields.setScale(2, RoundingMode.HALF_UP)).as("the fields of " + row.getCell(4))
					.isEqualByComparingTo(new BigDecimal(node.get("points").toString()));
			}
			Row langSon = sheet.getRow(54);
			assertThat(langSon.getCell(4).getStringCellValue()).isEqualTo("Tỉnh Lạng Sơn");
			assertThat(decimal(langSon.getCell(7).getNumericCellValue())).isEqualByComparingTo("81.45");
			assertThat(book.getSheet("Ghi chú - Notes").getRow(0).getCell(0).getStringCellValue())
				.contains("PROVINCE-2022").contains("2022");
		}
	}

	@Test
	void libreOfficeReadsTheSameRanking(@TempDir Path directory) throws Exception {
		List<CSVRecord> records = firstSheetByLibreOffice(directory, "xep-hang.xlsx",
				MultipartUpload.get(http, "/exports/ranking?methodologyCode=PROVINCE-2022&year=2022", null).bytes());
		assertThat(records).hasSize(64);
		assertThat(records.get(0).get(4)).isEqualTo("unit");
		for (int i = 0; i < 63; i++) {
			CSVRecord record = records.get(i + 1);
			Map<String, Object> node = graphQl.get(i);
			assertThat(Integer.parseInt(record.get(0))).isEqualTo(node.get("rank"));
			assertThat(record.get(4)).isEqualTo(((Map<?, ?>) node.get("unit")).get("name"));
			assertThat(new BigDecimal(record.get(7))).isEqualByComparingTo(new BigDecimal(node.get("indexPercent").toString()));
		}
	}

	@Test
	void anUnknownMethodologyOrABadYearIsNamed() {
		Answer unknown = MultipartUpload.get(http, "/exports/ranking?methodologyCode=PROVINCE-1999&year=2022", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("methodology PROVINCE-1999 does not exist");
		Answer badYear = MultipartUpload.get(http, "/exports/ranking?methodologyCode=PROVINCE-2022&year=twenty", null);
		assertThat(badYear.status()).isEqualTo(400);
		assertThat(badYear.body()).contains("\"field\":\"year\"");
		Answer unpublished = MultipartUpload.get(http,
				"/exports/ranking?methodologyCode=PROVINCE-2022&year=2022&stage=SELF", null);
		assertThat(unpublished.status()).isEqualTo(403);
	}

	@Test
	@SuppressWarnings("unchecked")
	void langSonsPointsLostIn2022AreTheGraphQlBreakdownWithTheFourPointsOfEGovernment() throws Exception {
		Answer export = MultipartUpload.get(http, "/exports/points-lost?unitCode=20&year=2022", null);
		assertThat(export.status()).as(export.body()).isEqualTo(200);
		List<Map<String, Object>> fields = new ArrayList<>();
		anonymous.document("{ pointsLost(unitCode: \"20\", year: 2022, groupBy: FIELD) { groups { key lostPoints "
				+ "criterion { name } } } }").execute().path("pointsLost.groups").entityList(Map.class).get()
			.forEach(group -> fields.add(group));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
				.containsExactly("fields", "criteria", "agencies", "methods");
			Sheet sheet = book.getSheet("fields");
			assertThat(sheet.getLastRowNum()).isEqualTo(fields.size());
			BigDecimal eGovernment = null;
			for (int i = 0; i < fields.size(); i++) {
				Row row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(fields.get(i).get("key"));
				assertThat(decimal(row.getCell(4).getNumericCellValue()))
					.isEqualByComparingTo(new BigDecimal(fields.get(i).get("lostPoints").toString()));
				if (row.getCell(1).getStringCellValue().contains("điện tử")) {
					eGovernment = decimal(row.getCell(4).getNumericCellValue());
				}
			}
			assertThat(eGovernment).as("e-government's points lost").isEqualByComparingTo("4.08");
			assertThat(book.getSheet("agencies").getLastRowNum()).isPositive();
			assertThat(book.getSheet("methods").getLastRowNum()).as("four assessment methods").isEqualTo(4);
		}
		assertThat(MultipartUpload.get(http, "/exports/points-lost?unitCode=T-NOWHERE&year=2022", null).status())
			.isEqualTo(404);
	}

	@Test
	@SuppressWarnings("unchecked")
	void libreOfficeReadsThePointsLostByFieldAsGraphQlAnswersThem(@TempDir Path directory) throws Exception {
		List<Map<String, Object>> fields = new ArrayList<>();
		anonymous.document("{ pointsLost(unitCode: \"20\", year: 2022, groupBy: FIELD) { groups { key lostPoints } } }")
			.execute().path("pointsLost.groups").entityList(Map.class).get().forEach(group -> fields.add(group));
		List<CSVRecord> records = firstSheetByLibreOffice(directory, "diem-mat.xlsx",
				MultipartUpload.get(http, "/exports/points-lost?unitCode=20&year=2022", null).bytes());
		assertThat(records).hasSize(fields.size() + 1);
		for (int i = 0; i < fields.size(); i++) {
			assertThat(records.get(i + 1).get(0)).isEqualTo(fields.get(i).get("key"));
			assertThat(new BigDecimal(records.get(i + 1).get(4)))
				.isEqualByComparingTo(new BigDecimal(fields.get(i).get("lostPoints").toString()));
		}
	}

	/** The first sheet of a workbook as LibreOffice reads it, written as UTF-8 CSV (filter options 44,34,76). */
	private static List<CSVRecord> firstSheetByLibreOffice(Path directory, String name, byte[] workbook)
			throws Exception {
		Path soffice = ExternalTools.locate("soffice", "libreoffice-calc-nogui");
		Path xlsx = directory.resolve(name);
		Files.write(xlsx, workbook);
		ExternalTools.Result converted = ExternalTools.run(directory, Map.of("HOME", directory.toString()),
				soffice.toString(), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
				directory.resolve("out").toString(), xlsx.toString());
		Path csv = directory.resolve("out").resolve(name.replace(".xlsx", ".csv"));
		assertThat(Files.exists(csv)).as(converted.output()).isTrue();
		return CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8)).getRecords();
	}

	@Test
	@SuppressWarnings("unchecked")
	void thePlansTargetsAndTheOpenAlertsAreTheGraphQlOnes() throws Exception {
		// The demo's targets evaluated as of 10 November 2023: evaluations for the targets, alerts for the laggards.
		vn.parmonitor.Examples.run(vn.parmonitor.Testers.admin(anonymous), "evaluate-targets.graphql")
			.path("evaluateTargets.userErrors").entityList(Object.class).hasSize(0);
		List<Map<String, Object>> targets = new ArrayList<>();
		anonymous.document("{ plan(code: \"LS-PAR-2023\") { targets { code subjectUnit { code } latestEvaluation { status "
				+ "actual } } } }").execute().path("plan.targets").entityList(Map.class).get()
			.forEach(target -> targets.add(target));
		assertThat(targets).hasSize(9);
		assertThat(targets).as("evaluated").allSatisfy(target -> assertThat(target.get("latestEvaluation")).isNotNull());
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(MultipartUpload.get(http,
				"/exports/plan-targets?planCode=LS-PAR-2023", null).bytes()))) {
			Sheet sheet = book.getSheet("targets");
			assertThat(sheet.getLastRowNum()).isEqualTo(9);
			for (int i = 0; i < 9; i++) {
				Row row = sheet.getRow(i + 1);
				Map<String, Object> target = targets.get(i);
				Map<String, Object> latest = (Map<String, Object>) target.get("latestEvaluation");
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(target.get("code"));
				assertThat(row.getCell(3).getStringCellValue())
					.isEqualTo(((Map<?, ?>) target.get("subjectUnit")).get("code"));
				assertThat(row.getCell(10).getStringCellValue())
					.isEqualTo(latest == null ? "NOT_EVALUATED" : latest.get("status"));
			}
		}

		List<Map<String, Object>> alerts = new ArrayList<>();
		anonymous.document("{ alerts(first: 100) { totalCount edges { node { key severity unit { code } } } } }")
			.execute().path("alerts.edges[*].node").entityList(Map.class).get().forEach(alert -> alerts.add(alert));
		assertThat(alerts).as("the demo's replayed 2023 leaves alerts open").isNotEmpty();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(MultipartUpload.get(http,
				"/exports/open-alerts", null).bytes()))) {
			Sheet sheet = book.getSheet("alerts");
			assertThat(sheet.getLastRowNum()).isEqualTo(alerts.size());
			for (int i = 0; i < alerts.size(); i++) {
				Row row = sheet.getRow(i + 1);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(alerts.get(i).get("key"));
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(alerts.get(i).get("severity"));
				assertThat(row.getCell(3).getStringCellValue())
					.isEqualTo(((Map<?, ?>) alerts.get(i).get("unit")).get("code"));
			}
		}
		assertThat(MultipartUpload.get(http, "/exports/plan-targets?planCode=NO-SUCH-PLAN", null).status())
			.isEqualTo(404);
	}

	@Test
	void aClientThatAsksForFilesInALoopIsToldToWaitLikeOneThatLoopsOnQueries() throws Exception {
		// The client may send 2 requests a minute: of three, at least the third is refused, whatever came before.
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answers.add(MultipartUpload.get(http, "/exports/ranking?methodologyCode=PROVINCE-2022&year=2022",
					vn.parmonitor.ParMonitorIntegrationTest.FILE_LIMITED_TOKEN));
		}
		assertThat(answers).extracting(Answer::status).allMatch(status -> status == 200 || status == 429);
		Answer refused = answers.get(2);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Integer.parseInt(refused.headers().getFirst("Retry-After"))).isBetween(1, 60);
		assertThat(refused.body()).contains("token 'file-limited-client' sent more than 2 requests in a minute");
		assertThat(MultipartUpload.get(http, "/exports/ranking?methodologyCode=PROVINCE-2022&year=2022", null).status())
			.as("other clients are not held back").isEqualTo(200);
	}

	private static BigDecimal decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
	}

}
