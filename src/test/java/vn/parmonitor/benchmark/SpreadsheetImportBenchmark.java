package vn.parmonitor.benchmark;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import vn.parmonitor.MultipartUpload;
import vn.parmonitor.indicator.Direction;
import vn.parmonitor.indicator.IndicatorInput;
import vn.parmonitor.indicator.IndicatorMeasure;
import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.ReportingPeriod;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50,000 observation rows (500 communes × 5 indicators × 20 months) imported over real HTTP on the embedded store
 * with its file backend (H2, as {@code mvn spring-boot:run} runs, so that the heap holds what the server works with and
 * not the data):
 * the CSV file first (polling its progress as a client does), the same file again (nothing changes), and the same rows
 * as an XLSX workbook in a dry run and for real. Reports rows per second and the heap's peak; run it with a small heap
 * to see that memory is bounded by the batch, not the file:
 * {@code mvn -Pbenchmark test -Dtest=SpreadsheetImportBenchmark -DargLine=-Xmx256m}. The report goes to
 * {@code target/benchmarks/spreadsheet-imports.md}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "par.embedded-store.backend=h2", "par.embedded-store.file=target/benchmarks/imports-${random.uuid}.mv",
				"par.scheduling.enabled=false",
				"par.evaluation.run-on-startup=false", "logging.level.vn.parmonitor=WARN",
				"par.security.tokens[0].name=importer", "par.security.tokens[0].token=" + SpreadsheetImportBenchmark.TOKEN,
				"par.security.tokens[0].role=ADMIN", "spring.servlet.multipart.max-file-size=50MB",
				"spring.servlet.multipart.max-request-size=50MB", "par.limits.expensive-per-minute=1000" })
@ActiveProfiles("demo")
class SpreadsheetImportBenchmark {

	static final String TOKEN = "importer-token-0123456789";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<String> COMMUNES = IntStream.rangeClosed(1, 500).mapToObj(i -> "B-IMP-%03d".formatted(i)).toList();

	static final List<String> INDICATORS = IntStream.rangeClosed(1, 5).mapToObj(i -> "B-IMP-RATE-" + i).toList();

	static final List<String> MONTHS = IntStream.range(0, 20)
		.mapToObj(i -> java.time.YearMonth.of(2023, 1).plusMonths(i).toString()).toList();

	@LocalServerPort
	int port;

	@Autowired
	UnitService units;

	@Autowired
	IndicatorService indicators;

	final BenchmarkReport report = new BenchmarkReport("Spreadsheet imports: 50,000 observation rows");

	long maxLiveHeap;

	@Test
	void fiftyThousandObservationRows() throws Exception {
		RestClient http = RestClient.create("http://127.0.0.1:" + port);
		prepare();
		List<String[]> rows = rows();
		byte[] csv = csv(rows);
		byte[] xlsx = xlsx(rows);
		report.line("Rows: " + rows.size() + "; CSV " + csv.length / 1024 + " KiB, XLSX " + xlsx.length / 1024
				+ " KiB; heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; "
				+ Runtime.getRuntime().availableProcessors() + " cores.");
		report.section("Imports", "| file | rows changed | seconds | rows per second | progress polls |", "|---|---:|---:|---:|---:|");
		resetPeaks();
		run(http, "CSV, first time", "rows.csv", csv, false, rows.size());
		run(http, "CSV, sent again", "rows.csv", csv, false, 0);
		run(http, "XLSX, dry run", "rows.xlsx", xlsx, true, 0);
		run(http, "XLSX, sent again", "rows.xlsx", xlsx, false, 0);
		report.line("");
		report.line("Heap after collection, the most seen at any poll (what the imports keep alive): "
				+ maxLiveHeap / (1024 * 1024) + " MiB of a " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
				+ " MiB limit; peak of each heap pool added up (garbage included): " + peakHeapMiB() + " MiB.");
		report.write(Path.of("target/benchmarks/spreadsheet-imports.md"));
	}

	private void run(RestClient http, String label, String name, byte[] content, boolean dryRun, int changed)
			throws InterruptedException {
		long start = System.nanoTime();
		MultipartUpload.Answer accepted = MultipartUpload.post(http, "/imports/observations", TOKEN,
				Map.of("dryRun", String.valueOf(dryRun)), name, content);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String id = JSON.readTree(accepted.body()).get("id").asString();
		int polls = 0;
		double lastProgress = -1;
		JsonNode job;
		do {
			Thread.sleep(500); // a client polling its import twice a second
			job = JSON.readTree(MultipartUpload.get(http, "/imports/" + id, TOKEN).body());
			maxLiveHeap = Math.max(maxLiveHeap, liveHeap());
			double progress = job.get("progress").asDouble();
			assertThat(progress).as("progress never goes back").isGreaterThanOrEqualTo(lastProgress);
			lastProgress = progress;
			polls++;
		}
		while (!job.get("state").asString().matches("SUCCEEDED|REFUSED|FAILED"));
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
		assertThat(job.get("rowsChanged").asInt()).isEqualTo(changed);
		report.row(label, job.get("rowsChanged").asInt(), "%.1f".formatted(seconds),
				"%,.0f".formatted(job.get("rowsRead").asInt() / seconds), polls);
	}

	private void prepare() {
		List<UnitInput> inputs = new ArrayList<>();
		inputs.add(new UnitInput("B-IMP-P", "Tỉnh Đo Lường", null, null, UnitKind.PROVINCE, null, null, null, null, null,
				null, null, null));
		COMMUNES.forEach(code -> inputs.add(new UnitInput(code, "Xã " + code, null, null, UnitKind.COMMUNE, "B-IMP-P",
				null, null, null, null, null, null, null)));
		assertThat(units.upsert(inputs).userErrors()).isEmpty();
		INDICATORS.forEach(code -> assertThat(indicators.upsert(new IndicatorInput(code, "Tỷ lệ " + code, null, null,
				IndicatorMeasure.PERCENT, Direction.HIGHER_IS_BETTER, ReportingPeriod.MONTHLY, true, false, null, "đạt",
				"tổng")).userErrors()).isEmpty());
	}

	private static List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		for (String indicator : INDICATORS) {
			for (String commune : COMMUNES) {
				for (String month : MONTHS) {
					rows.add(new String[] { indicator, commune, month, String.valueOf(50 + rows.size() % 50), "100" });
				}
			}
		}
		return rows;
	}

	private static byte[] csv(List<String[]> rows) {
		StringBuilder text = new StringBuilder("indicatorCode,unitCode,period,numerator,denominator\n");
		rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<String[]> rows) throws Exception {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("observations");
			String[] header = { "indicatorCode", "unitCode", "period", "numerator", "denominator" };
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				first.createCell(i).setCellValue(header[i]);
			}
			for (int r = 0; r < rows.size(); r++) {
				String[] values = rows.get(r);
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue(values[0]);
				row.createCell(1).setCellValue(values[1]);
				row.createCell(2).setCellValue(values[2]);
				row.createCell(3).setCellValue(Double.parseDouble(values[3]));
				row.createCell(4).setCellValue(Double.parseDouble(values[4]));
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** The heap pools' occupancy after their last collection: live data, not garbage awaiting collection. */
	private static long liveHeap() {
		return heapPools().stream().map(MemoryPoolMXBean::getCollectionUsage).filter(java.util.Objects::nonNull)
			.mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
	}

	private static void resetPeaks() {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMiB() {
		return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

}
