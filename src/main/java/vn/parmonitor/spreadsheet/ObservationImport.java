package vn.parmonitor.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.parmonitor.indicator.IndicatorService;
import vn.parmonitor.indicator.ObservationInput;
import vn.parmonitor.indicator.ObservationsResult;
import vn.parmonitor.indicator.ReportingPeriod;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.system.security.ApiRole;
import vn.parmonitor.system.security.Authorization;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.unit.UnitService.DatedReference;

/**
 * Observations from a sheet with one row per unit, indicator and period: the rows of {@code recordObservations},
 * checked by the same validator in batches of its size, every batch against the whole file's rows before any is
 * stored. A unit's code is read on the last day of the row's period, as the mutation reads it.
 */
@Component
class ObservationImport implements SpreadsheetImporter {

	static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn("indicatorCode", true, List.of("indicator", "mã chỉ số", "chỉ số"),
					"Mã chỉ số (ví dụ ONLINE_DOSSIER_RATE)", "The indicator's code (e.g. ONLINE_DOSSIER_RATE)"),
			new ImportColumn("unitCode", true, List.of("unit", "mã đơn vị", "đơn vị"),
					"Mã đơn vị (mã tỉnh, huyện, xã hoặc cơ quan)", "The unit's code (province, district, commune or agency)"),
			new ImportColumn("period", true, List.of("kỳ", "kỳ báo cáo"),
					"Kỳ báo cáo theo chu kỳ của chỉ số: 2023-10 (tháng), 2023-Q3 (quý), 2023-H2 (nửa năm), 2023 (năm)",
					"The period in the indicator's form: 2023-10 (month), 2023-Q3, 2023-H2, 2023 (year)"),
			new ImportColumn("value", false, List.of("giá trị"),
					"Giá trị; bỏ trống với chỉ số tỷ lệ (tính từ tử số và mẫu số)",
					"The value; leave empty for a ratio indicator (computed from numerator and denominator)"),
			new ImportColumn("numerator", false, List.of("tử số"), "Tử số (chỉ số tỷ lệ)",
					"Numerator (ratio indicators)"),
			new ImportColumn("denominator", false, List.of("mẫu số"), "Mẫu số (chỉ số tỷ lệ), lớn hơn 0",
					"Denominator (ratio indicators), greater than 0"),
			new ImportColumn("source", false, List.of("nguồn"), "Nguồn số liệu (không bắt buộc)",
					"Where the figure comes from (optional)"),
			new ImportColumn("observedAt", false, List.of("thời điểm"),
					"Thời điểm đo (không bắt buộc; mặc định là ngày sau cuối kỳ)",
					"When it was measured (optional; the day after the period by default)"));

	private final IndicatorService indicators;

	private final UnitService units;

	ObservationImport(IndicatorService indicators, UnitService units) {
		this.indicators = indicators;
		this.units = units;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.OBSERVATIONS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public void run(ImportRun run) {
		Set<String> scope = run.caller().filter(caller -> caller.role() == ApiRole.UNIT)
			.map(caller -> (Set<String>) new HashSet<>(units.selfAndDescendantCodes(caller.unitCode())))
			.orElse(null);
		Map<String, Integer> firstRowOf = new HashMap<>();
		run.read(new Batches(run, batch -> check(batch, run, scope, firstRowOf)));
		if (run.hasErrors() || run.dryRun()) {
			return;
		}
		run.storing();
		run.read(new Batches(run, batch -> store(batch, run)));
	}

	private void check(List<Row> batch, ImportRun run, Set<String> scope, Map<String, Integer> firstRowOf) {
		List<Row> valid = new ArrayList<>();
		for (Row row : batch) {
			if (scope != null && !scope.contains(row.input().unitCode())) {
				row.cells().error(row.column("unitCode"), Authorization.outOfScope(run.caller().orElseThrow(),
						row.given()), UserErrorCode.FORBIDDEN);
				continue;
			}
			valid.add(row);
		}
		List<UserError> errors = indicators.validate(valid.stream().map(Row::input).toList());
		Set<Integer> refused = new HashSet<>();
		for (UserError error : errors) {
			// paths are input.observations.<i>.<field>, as for the mutation
			int index = Integer.parseInt(error.field().get(2));
			Row row = valid.get(index);
			refused.add(index);
			row.cells().error(row.column(error.field().get(3)), error.message(), error.code());
		}
		for (int i = 0; i < valid.size(); i++) {
			Row row = valid.get(i);
			if (refused.contains(i)) {
				continue;
			}
			ObservationInput input = row.input();
			String id = input.indicatorCode() + ":" + input.unitCode() + ":" + input.period();
			Integer first = firstRowOf.putIfAbsent(id, row.sheetRow().number());
			if (first != null) {
				row.cells().error(row.column("period"), "row " + first + " already has the observation of "
						+ input.indicatorCode() + " for unit " + row.given() + " in " + input.period(), UserErrorCode.DUPLICATE);
			}
		}
	}

	private void store(List<Row> batch, ImportRun run) {
		ObservationsResult result = indicators.record(batch.stream().map(Row::input).toList(), false);
		if (!result.userErrors().isEmpty()) {
			// Checked a moment ago: only a change made meanwhile (an indicator or unit replaced) gets here.
			throw new IllegalStateException("rows checked as valid were refused when stored: "
					+ result.userErrors().get(0).message());
		}
		run.stored(batch.size(), result.changed());
	}

	/** A parsed row: the input as the mutation takes it (the unit's code read as its key), and where it came from. */
	private record Row(SheetRow sheetRow, Cells cells, ObservationInput input, String given, int[] columns) {

		int column(String field) {
			return ImportColumn.indexOf(COLUMNS, columns, field);
		}

	}

	/** Parses rows and hands them on in batches of the validator's size, with the units' codes read as keys. */
	private final class Batches implements SpreadsheetReader.RowHandler {

		private final ImportRun run;

		private final java.util.function.Consumer<List<Row>> consumer;

		private final List<Row> batch = new ArrayList<>();

		private Header header;

		private int[] columns;

		Batches(ImportRun run, java.util.function.Consumer<List<Row>> consumer) {
			this.run = run;
			this.consumer = consumer;
		}

		@Override
		public void header(String sheet, Header header) {
			this.header = header;
			this.columns = ImportColumn.locate(COLUMNS, header);
			List<String> missing = ImportColumn.missing(COLUMNS, columns);
			if (!missing.isEmpty()) {
				run.fileError(sheet, "the header row has no column " + String.join(", ", missing) + " (found: "
						+ String.join(", ", header.names().stream().filter(java.util.Objects::nonNull).toList())
						+ "; the columns are " + String.join(", ", COLUMNS.stream().map(ImportColumn::name).toList())
						+ ")", UserErrorCode.REQUIRED);
				throw new SpreadsheetReader.StopReading();
			}
		}

		@Override
		public void row(SheetRow sheetRow) {
			if (sheetRow.cell(columns[3]) == null && sheetRow.cell(columns[4]) == null && sheetRow.cell(columns[5]) == null) {
				return; // no value, numerator or denominator: a period of a template left to fill later
			}
			Cells cells = new Cells(sheetRow, header, run);
			ObservationInput input = new ObservationInput(cells.text(columns[0]), cells.text(columns[1]),
					cells.text(columns[2]), cells.decimal(columns[3]), cells.decimal(columns[4]), cells.decimal(columns[5]),
					cells.text(columns[6]), cells.instant(columns[7]));
			if (!cells.wrong()) {
				batch.add(new Row(sheetRow, cells, input, input.unitCode(), columns));
			}
			if (batch.size() == IndicatorService.maxBatch()) {
				flush();
			}
		}

		@Override
		public void end() {
			flush();
		}

		private void flush() {
			if (batch.isEmpty()) {
				return;
			}
			Set<DatedReference> references = new LinkedHashSet<>();
			batch.forEach(row -> references.add(reference(row.input())));
			Map<DatedReference, Unit> named = units.namedOn(references);
			List<Row> resolved = batch.stream().map(row -> {
				Unit unit = named.get(reference(row.input()));
				return unit == null ? row : new Row(row.sheetRow(), row.cells(), row.input().withUnit(unit.key()),
						row.given(), row.columns());
			}).toList();
			batch.clear();
			consumer.accept(resolved);
		}

		private static DatedReference reference(ObservationInput input) {
			return new DatedReference(input.unitCode(), ReportingPeriod.lastDayOf(input.period()));
		}

	}

}
