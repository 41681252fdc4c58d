package vn.parmonitor.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.parmonitor.assessment.AssessmentService;
import vn.parmonitor.assessment.RecordScoresResult;
import vn.parmonitor.assessment.ScoreBatch;
import vn.parmonitor.assessment.ScoreInput;
import vn.parmonitor.assessment.ScorePermissions;
import vn.parmonitor.assessment.ScoreStage;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.Unit;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.unit.UnitService.DatedReference;

/**
 * Component scores from a sheet, in either of the forms provinces keep them: one row per unit and component (the
 * template's form), or a unit × component matrix as results are published (a row per unit, a column per component
 * code such as {@code 1.1.1}). The rows of one unit, methodology and year are one {@code recordComponentScores} batch,
 * checked by the same validator and workflow windows; every batch of the file is checked before any is stored.
 * Methodology, year and stage may be given once as form fields instead of as columns.
 */
@Component
class ScoreImport implements SpreadsheetImporter {

	static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn("unitCode", true, List.of("unit", "mã đơn vị", "đơn vị"), "Mã đơn vị được chấm điểm",
					"The code of the unit scored"),
			new ImportColumn("methodologyCode", false, List.of("methodology", "bộ tiêu chí"),
					"Mã bộ tiêu chí (ví dụ PROVINCE-2022); có thể gửi một lần trong trường methodologyCode của biểu mẫu",
					"The methodology's code (e.g. PROVINCE-2022); or once, as the form field methodologyCode"),
			new ImportColumn("year", false, List.of("năm"), "Năm đánh giá; hoặc trường year của biểu mẫu",
					"The year assessed; or the form field year"),
			new ImportColumn("componentCode", false, List.of("component", "mã tiêu chí thành phần", "tiêu chí thành phần"),
					"Mã tiêu chí thành phần (ví dụ 1.1.1)", "The component's code (e.g. 1.1.1)"),
			new ImportColumn("componentName", false, List.of("tên tiêu chí"),
					"Tên tiêu chí thành phần (chỉ để đọc, không nhập)", "The component's name (for reading; not imported)"),
			new ImportColumn("maxPoints", false, List.of("điểm tối đa"),
					"Điểm tối đa của tiêu chí thành phần (chỉ để đọc)", "The component's maximum (for reading; not imported)"),
			new ImportColumn("stage", false, List.of("giai đoạn"),
					"SELF (tự đánh giá), APPRAISED (thẩm định) hoặc FINAL (kết quả); hoặc trường stage của biểu mẫu",
					"SELF (self-assessed), APPRAISED (by the council) or FINAL; or the form field stage"),
			new ImportColumn("points", false, List.of("điểm", "điểm đạt"),
					"Điểm đạt: số thập phân từ 0 đến điểm tối đa", "The points: a decimal from 0 to the maximum"),
			new ImportColumn("note", false, List.of("ghi chú", "minh chứng"),
					"Minh chứng (bắt buộc với SELF nếu chưa tải tệp minh chứng) hoặc nhận xét",
					"The evidence (required for SELF without an uploaded file) or the council's remark"));

	/** A matrix's component columns are headed by component codes: {@code 1.1.1}, {@code 2.3}. */
	private static final Pattern COMPONENT_CODE = Pattern.compile("[0-9]+(\\.[0-9]+)+");

	private static final int UNIT = 0;

	private static final int METHODOLOGY = 1;

	private static final int YEAR = 2;

	private static final int COMPONENT = 3;

	private static final int STAGE = 6;

	private static final int POINTS = 7;

	private static final int NOTE = 8;

	private final AssessmentService assessments;

	private final UnitService units;

	ScoreImport(AssessmentService assessments, UnitService units) {
		this.assessments = assessments;
		this.units = units;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.SCORES;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public void run(ImportRun run) {
		Groups groups = new Groups(run);
		run.read(groups);
		keyUnits(groups.byAssessment.values());
		List<Group> checked = new ArrayList<>();
		for (Group group : groups.byAssessment.values()) {
			if (check(group, run)) {
				checked.add(group);
			}
		}
		if (run.hasErrors() || run.dryRun()) {
			return;
		}
		run.storing();
		for (Group group : checked) {
			int changed = assessments.changedScores(group.batch());
			RecordScoresResult result = assessments.record(group.batch());
			if (!result.userErrors().isEmpty()) {
				// Checked a moment ago: only a change made meanwhile (the workflow moved on) gets here.
				throw new IllegalStateException("scores checked as valid were refused when stored: "
						+ result.userErrors().get(0).message());
			}
			run.stored(group.rows.size(), changed);
		}
	}

	/**
	 * Each group's batch, its unit's code read on the last day of its year as the mutation reads it: one query for the
	 * units of the whole file, not one per unit.
	 */
	private void keyUnits(java.util.Collection<Group> groups) {
		Map<DatedReference, Unit> named = units.namedOn(groups.stream().map(Group::reference).collect(Collectors.toSet()));
		for (Group group : groups) {
			Score first = group.rows.get(0);
			Unit unit = named.get(group.reference());
			group.batch = ScoreBatch.of(unit == null ? first.unitCode() : unit.key(), first.methodologyCode(),
					first.year(), group.rows.stream().map(Score::input).toList(), null);
		}
	}

	/** Checks one assessment's rows as the mutation would; reports each problem on its row and column. */
	private boolean check(Group group, ImportRun run) {
		Score first = group.rows.get(0);
		try {
			ScorePermissions.check(group.batch().unitCode(), group.rows.stream().map(row -> row.input().stage())
				.distinct().toList(), units);
		}
		catch (AccessDeniedException denied) {
			first.cells().error(first.columns()[UNIT], denied.getMessage(), UserErrorCode.FORBIDDEN);
			return false;
		}
		List<UserError> errors = assessments.validate(group.batch());
		for (UserError error : errors) {
			List<String> path = error.field();
			if (path.size() >= 4 && path.get(1).equals("scores")) {
				Score row = group.rows.get(Integer.parseInt(path.get(2)));
				row.cells().error(row.columnOf(path.get(3)), error.message(), error.code());
			}
			else {
				String field = path.get(path.size() - 1);
				first.cells().error(first.columnOf(field), error.message(), error.code());
			}
		}
		return errors.isEmpty();
	}

	/** One score read from a cell, where it came from, and the columns its fields were read from. */
	private record Score(Cells cells, String unitCode, String methodologyCode, Integer year, ScoreInput input,
			int[] columns, int pointsColumn) {

		int columnOf(String field) {
			return switch (field) {
				case "points" -> pointsColumn;
				case "componentCode" -> columns[COMPONENT] >= 0 ? columns[COMPONENT] : pointsColumn;
				default -> {
					int index = COLUMNS.stream().map(ImportColumn::name).toList().indexOf(field);
					yield index < 0 ? -1 : columns[index];
				}
			};
		}

	}

	/** The rows of one unit, methodology and year. */
	private final class Group {

		final List<Score> rows = new ArrayList<>();

		private ScoreBatch batch;

		/** Set by {@link ScoreImport#keyUnits} once the whole file is read. */
		ScoreBatch batch() {
			return batch;
		}

		/** The unit's code to read on its year's last day (today for a year no calendar holds), as keyInYear reads it. */
		DatedReference reference() {
			Score first = rows.get(0);
			boolean sane = first.year() != null && first.year() >= 1 && first.year() <= 9999;
			return new DatedReference(first.unitCode(), sane ? java.time.LocalDate.of(first.year(), 12, 31)
					: java.time.LocalDate.now(vn.parmonitor.system.time.VietnamTime.ZONE));
		}

	}

	/** Reads rows (or matrix cells) into scores, grouped by assessment in the order they come. */
	private final class Groups implements SpreadsheetReader.RowHandler {

		final Map<String, Group> byAssessment = new LinkedHashMap<>();

		private final ImportRun run;

		private Header header;

		private int[] columns;

		/** The matrix's component columns by index, or empty for the row form. */
		private final Map<Integer, String> componentColumns = new LinkedHashMap<>();

		Groups(ImportRun run) {
			this.run = run;
		}

		@Override
		public void header(String sheet, Header header) {
			this.header = header;
			this.columns = ImportColumn.locate(COLUMNS, header);
			if (columns[COMPONENT] < 0) {
				for (int i = 0; i < header.names().size(); i++) {
					String name = header.names().get(i);
					if (name != null && COMPONENT_CODE.matcher(name.strip()).matches()) {
						componentColumns.put(i, name.strip());
					}
				}
			}
			List<String> missing = new ArrayList<>();
			if (columns[UNIT] < 0) {
				missing.add("unitCode");
			}
			if (columns[COMPONENT] >= 0 && columns[POINTS] < 0) {
				missing.add("points");
			}
			if (columns[COMPONENT] < 0 && componentColumns.isEmpty()) {
				missing.add("componentCode and points (one row per component), or columns headed by component codes "
						+ "such as 1.1.1 (a unit × component matrix)");
			}
			for (String field : List.of("methodologyCode", "year", "stage")) {
				int index = COLUMNS.stream().map(ImportColumn::name).toList().indexOf(field);
				if (columns[index] < 0 && run.parameter(field) == null) {
					missing.add(field + " (or the form field " + field + ")");
				}
			}
			if (!missing.isEmpty()) {
				run.fileError(sheet, "the header row has no column " + String.join(", ", missing) + " (found: "
						+ String.join(", ", header.names().stream().filter(java.util.Objects::nonNull).toList()) + ")",
						UserErrorCode.REQUIRED);
				throw new SpreadsheetReader.StopReading();
			}
		}

		@Override
		public void row(SheetRow row) {
			Cells cells = new Cells(row, header, run);
			String unit = cells.text(columns[UNIT]);
			String methodology = valueOr(cells.text(columns[METHODOLOGY]), "methodologyCode");
			Integer year = columns[YEAR] >= 0 && cells.text(columns[YEAR]) != null ? cells.integer(columns[YEAR])
					: yearParameter(cells);
			ScoreStage stage = stage(cells, valueOr(cells.text(columns[STAGE]), "stage"));
			String note = cells.text(columns[NOTE]);
			if (componentColumns.isEmpty()) {
				BigDecimal points = cells.decimal(columns[POINTS]);
				if (points == null && !cells.wrong()) {
					cells.error(columns[POINTS], "points are required (a decimal from 0 to the component's maximum)",
							UserErrorCode.REQUIRED);
				}
				add(cells, unit, methodology, year, new ScoreInput(cells.text(columns[COMPONENT]), stage, points, note),
						columns[POINTS]);
				return;
			}
			for (Map.Entry<Integer, String> component : componentColumns.entrySet()) {
				BigDecimal points = cells.decimal(component.getKey());
				if (points != null) {
					add(cells, unit, methodology, year, new ScoreInput(component.getValue(), stage, points, note),
							component.getKey());
				}
			}
		}

		private void add(Cells cells, String unit, String methodology, Integer year, ScoreInput input, int pointsColumn) {
			if (cells.wrong()) {
				return;
			}
			String key = unit + "|" + methodology + "|" + year;
			byAssessment.computeIfAbsent(key, k -> new Group()).rows
				.add(new Score(cells, unit, methodology, year, input, columns, pointsColumn));
		}

		private String valueOr(String cell, String parameter) {
			return cell != null ? cell : run.parameter(parameter);
		}

		private Integer yearParameter(Cells cells) {
			String year = run.parameter("year");
			if (year == null) {
				return null;
			}
			try {
				return Integer.valueOf(year);
			}
			catch (NumberFormatException ex) {
				cells.error(-1, "the form field year '" + year + "' is not a year (e.g. 2023)", UserErrorCode.INVALID);
				return null;
			}
		}

		private ScoreStage stage(Cells cells, String text) {
			if (text == null) {
				cells.error(columns[STAGE], "the stage is required: SELF, APPRAISED or FINAL", UserErrorCode.REQUIRED);
				return null;
			}
			try {
				return ScoreStage.valueOf(text.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				cells.error(columns[STAGE], "stage '" + text + "' is not one of SELF, APPRAISED, FINAL",
						UserErrorCode.INVALID);
				return null;
			}
		}

	}

}
