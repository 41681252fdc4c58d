package vn.parmonitor.report;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import vn.parmonitor.ParMonitorIntegrationTest;
import vn.parmonitor.Testers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Steering Committee's PDF over real HTTP, read as its readers' tools read it: its text extracted by pdftotext
 * (the figures, with their Vietnamese diacritics), its fonts listed by pdffonts (embedded), its first page rendered to
 * PNG by pdftoppm (the chart's bars drawn); Lạng Sơn 2022 as published, 2023 with its forecast and targets, and the
 * monthly job's stored reports.
 */
@ParMonitorIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteeringReportTest {

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	ReportArchive archive;

	RestClient http;

	@BeforeAll
	void client() {
		http = RestClient.create("http://127.0.0.1:" + port);
	}

	@Test
	void langSon2022ShowsItsIndexRankAndThePointsLostInEGovernment(@TempDir Path directory) throws Exception {
		Answer report = MultipartUpload.get(http, "/reports/steering?unitCode=20&year=2022",
				ParMonitorIntegrationTest.VIEWER_TOKEN);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.headers().getContentType().toString()).isEqualTo("application/pdf");
		Path pdf = directory.resolve("bao-cao-20-2022.pdf");
		Files.write(pdf, report.bytes());
		String text = text(directory, pdf);
		assertThat(text).contains("BÁO CÁO BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH").contains("Tỉnh Lạng Sơn")
			.contains("81.45%").contains("54/63").contains("(−4.08)").contains("Điểm bị mất theo cơ quan chủ trì");
		assertThat(text).as("no forecast once the year is published").doesNotContain("Dự báo cuối năm");

		ExternalTools.Result fonts = ExternalTools.run(directory, ExternalTools.locate("pdffonts", "poppler-utils")
			.toString(), pdf.toString());
		assertThat(fonts.output()).contains("LiberationSans").doesNotContain(" no  ");

		ExternalTools.run(directory, ExternalTools.locate("pdftoppm", "poppler-utils").toString(), "-png", "-r", "50",
				"-f", "1", "-l", "1", pdf.toString(), directory.resolve("page").toString());
		Path png = Files.list(directory).filter(file -> file.getFileName().toString().endsWith(".png")).findFirst()
			.orElseThrow();
		BufferedImage page = ImageIO.read(png.toFile());
		assertThat(page.getWidth()).as("A4 at 50 dpi").isBetween(400, 420);
		assertThat(pixelsNear(page, 0x2e6db4)).as("the achieved bars of the chart").isGreaterThan(300);
	}

	@Test
	void langSon2023ShowsTheForecastBandThePathAndTheTargets(@TempDir Path directory) throws Exception {
		Map<String, Object> forecast = Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN)
			.document("{ forecast(unitCode: \"20\", year: 2023) { index { likely low high } rank { likely of } } }")
			.execute().path("forecast").entity(vn.parmonitor.Examples.mapType()).get();
		Map<?, ?> index = (Map<?, ?>) forecast.get("index");
		Answer report = MultipartUpload.get(http, "/reports/steering?unitCode=20&year=2023",
				ParMonitorIntegrationTest.LANG_SON_TOKEN);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		Path pdf = directory.resolve("bao-cao-20-2023.pdf");
		Files.write(pdf, report.bytes());
		String text = text(directory, pdf);
		assertThat(text).contains("Dự báo cuối năm").contains(two(index.get("likely")) + "%")
			.contains(two(index.get("low")) + "–" + two(index.get("high")) + "%")
			.contains("rank " + ((Map<?, ?>) forecast.get("rank")).get("likely"))
			.contains("Lộ trình đến mục tiêu").contains("Mục tiêu của kế hoạch")
			.contains("Xếp hạng dự báo / Forecast rank").contains("chưa chấm");
		assertThat(text).as("a self-assessment is not ranked among the few units at its stage").doesNotContain("1/1");
	}

	@Autowired
	org.quartz.Scheduler scheduler;

	@Test
	void theMonthlyJobStoresEachPlanOwnersReportForDownload() throws Exception {
		org.quartz.CronTrigger monthly = (org.quartz.CronTrigger) scheduler
			.getTrigger(org.quartz.TriggerKey.triggerKey("steering-reports-cron"));
		assertThat(monthly.getCronExpression()).as("the 1st of each month at 06:00").isEqualTo("0 0 6 1 * ?");
		assertThat(monthly.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
		assertThat(monthly.getJobKey().getName()).isEqualTo("steering-reports");

		assertThat(archive.generateMonthly()).as("Lạng Sơn owns the demo's 2023 plans").isPositive();
		List<Map<String, Object>> stored = Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN)
			.document("{ steeringReports(unitCode: \"20\") { id year month size downloadUrl unit { code } } }").execute()
			.path("steeringReports").entityList(vn.parmonitor.Examples.mapType()).get();
		assertThat(stored).isNotEmpty();
		Map<String, Object> latest = stored.get(0);
		assertThat(latest.get("year")).isEqualTo(2023);
		assertThat(latest.get("month")).isEqualTo("2023-11");
		Answer download = MultipartUpload.get(http, latest.get("downloadUrl").toString(),
				ParMonitorIntegrationTest.LANG_SON_TOKEN);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes().length).isEqualTo(((Number) latest.get("size")).intValue());
		assertThat(new String(download.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		archive.generateMonthly(); // the month's second run replaces its reports
		Testers.as(anonymous, ParMonitorIntegrationTest.VIEWER_TOKEN)
			.document("{ steeringReports(unitCode: \"20\") { id } }").execute().path("steeringReports")
			.entityList(Object.class).hasSize(stored.size());
		anonymous.document("{ steeringReports(unitCode: \"20\") { id } }").execute().path("steeringReports")
			.entityList(Object.class).hasSize(0);
	}

	@Test
	void theReportIsForThoseWhoReadTheUnitsUnpublishedData() {
		Answer stranger = MultipartUpload.get(http, "/reports/steering?unitCode=20&year=2022", null);
		assertThat(stranger.status()).isEqualTo(401);
		assertThat(stranger.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
		Answer district = MultipartUpload.get(http, "/reports/steering?unitCode=20&year=2022",
				ParMonitorIntegrationTest.VAN_QUAN_TOKEN);
		assertThat(district.status()).isEqualTo(403);
		Answer badYear = MultipartUpload.get(http, "/reports/steering?unitCode=20&year=soon",
				ParMonitorIntegrationTest.VIEWER_TOKEN);
		assertThat(badYear.status()).isEqualTo(400);
		assertThat(badYear.body()).contains("\"field\":\"year\"");
	}

	private static String text(Path directory, Path pdf) {
		ExternalTools.Result text = ExternalTools.run(directory, ExternalTools.locate("pdftotext", "poppler-utils")
			.toString(), "-layout", "-enc", "UTF-8", pdf.toString(), "-");
		assertThat(text.exitCode()).as(text.output()).isZero();
		return text.output();
	}

	private static String two(Object number) {
		return new java.math.BigDecimal(number.toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static int pixelsNear(BufferedImage image, int rgb) {
		int count = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int pixel = image.getRGB(x, y);
				if (Math.abs(((pixel >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 20
						&& Math.abs(((pixel >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 20
						&& Math.abs((pixel & 0xff) - (rgb & 0xff)) < 20) {
					count++;
				}
			}
		}
		return count;
	}

}
