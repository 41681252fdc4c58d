package vn.parmonitor.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.parmonitor.plan.Importance;
import vn.parmonitor.plan.RankScope;
import vn.parmonitor.plan.TargetComparator;
import vn.parmonitor.plan.TargetInput;
import vn.parmonitor.plan.TargetKind;
import vn.parmonitor.plan.TargetService;
import vn.parmonitor.plan.TargetsResult;
import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.unit.UnitService;

/**
 * Plan targets from a sheet, one row each: the rows of {@code upsertTargets} (units' codes read on the target's
 * deadline, as the mutation reads them), checked as one batch by its validator, so a file holds at most the
 * mutation's batch of 500 targets. Milestones are written in one cell: {@code 2023-06-30=80; 2023-09-30=90}.
 */
@Component
class TargetImport extends WholeBatchImport<TargetInput> {

	static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn("code", true, List.of("targetCode", "mã mục tiêu"), "Mã mục tiêu", "The target's code"),
			new ImportColumn("planCode", true, List.of("plan", "mã kế hoạch"), "Mã kế hoạch", "The plan's code"),
			new ImportColumn("name", true, List.of("tên", "tên mục tiêu"), "Tên mục tiêu", "The target's name"),
			new ImportColumn("kind", true, List.of("loại"), "UNIT_INDEX, UNIT_RANK, NODE_POINTS hoặc INDICATOR",
					"UNIT_INDEX, UNIT_RANK, NODE_POINTS or INDICATOR"),
			new ImportColumn("subjectUnitCode", true, List.of("subjectUnit", "đơn vị"), "Mã đơn vị được đo",
					"The code of the unit measured"),
			new ImportColumn("responsibleUnitCode", false, List.of("responsibleUnit", "đơn vị chịu trách nhiệm"),
					"Mã đơn vị chịu trách nhiệm (nhận cảnh báo)", "The code of the unit responsible (it receives the alerts)"),
			new ImportColumn("importance", false, List.of("mức độ"), "CRITICAL, HIGH, NORMAL hoặc LOW",
					"CRITICAL, HIGH, NORMAL or LOW"),
			new ImportColumn("year", false, List.of("năm"), "Năm", "The year"),
			new ImportColumn("methodologyCode", false, List.of("bộ tiêu chí"), "Mã bộ tiêu chí (mục tiêu chỉ số, hạng)",
					"The methodology (index, rank and points targets)"),
			new ImportColumn("nodeCode", false, List.of("tiêu chí"), "Mã lĩnh vực/tiêu chí (NODE_POINTS)",
					"The field or criterion (NODE_POINTS)"),
			new ImportColumn("rankScope", false, List.of("phạm vi xếp hạng"), "Phạm vi xếp hạng (UNIT_RANK)",
					"Ranked among (UNIT_RANK)"),
			new ImportColumn("indicatorCode", false, List.of("chỉ số"), "Mã chỉ số (INDICATOR)", "The indicator (INDICATOR)"),
			new ImportColumn("comparator", false, List.of("so sánh"), "AT_LEAST (ít nhất) hoặc AT_MOST (nhiều nhất); mặc định theo loại",
					"AT_LEAST or AT_MOST; by default as the kind implies"),
			new ImportColumn("targetValue", true, List.of("chỉ tiêu"), "Giá trị chỉ tiêu", "The value to reach"),
			new ImportColumn("baselineValue", false, List.of("giá trị gốc"), "Giá trị gốc", "The baseline value"),
			new ImportColumn("baselineDate", false, List.of("ngày gốc"), "Ngày của giá trị gốc", "The baseline's day"),
			new ImportColumn("deadline", false, List.of("hạn"), "Hạn hoàn thành (ví dụ 2023-12-31)",
					"The deadline (e.g. 2023-12-31)"),
			new ImportColumn("milestones", false, List.of("mốc"), "Các mốc: 2023-06-30=80; 2023-09-30=90",
					"Milestones: 2023-06-30=80; 2023-09-30=90"),
			new ImportColumn("active", false, List.of("hiệu lực"), "TRUE hoặc FALSE (mặc định TRUE)",
					"TRUE or FALSE (TRUE by default)"),
			new ImportColumn("notes", false, List.of("ghi chú"), "Ghi chú", "Notes"));

	private final TargetService targets;

	private final UnitService units;

	TargetImport(TargetService targets, UnitService units) {
		this.targets = targets;
		this.units = units;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.TARGETS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	TargetInput parse(Cells cells, int[] c) {
		BigDecimal baselineValue = cells.decimal(c[14]);
		LocalDate baselineDate = cells.day(c[15]);
		TargetInput input = new TargetInput(cells.text(c[0]), cells.text(c[1]), cells.text(c[2]),
				cells.oneOf(c[3], TargetKind.class), cells.text(c[4]), cells.text(c[5]),
				cells.oneOf(c[6], Importance.class), cells.integer(c[7]), cells.text(c[8]), cells.text(c[9]),
				cells.oneOf(c[10], RankScope.class), cells.text(c[11]), cells.oneOf(c[12], TargetComparator.class),
				cells.decimal(c[13]), baselineValue == null && baselineDate == null ? null
						: new TargetInput.BaselineInput(baselineValue, baselineDate),
				cells.day(c[16]), milestones(cells, c[17]), active(cells, c[18]), cells.text(c[19]));
		return cells.wrong() ? input : input.keyed(units);
	}

	@Override
	int maxRows() {
		return TargetService.maxTargetBatch();
	}

	@Override
	String mutation() {
		return "upsertTargets";
	}

	@Override
	List<UserError> validate(List<TargetInput> inputs) {
		return targets.validateTargets(inputs);
	}

	@Override
	String column(List<String> field) {
		if (field.get(0).equals("baseline")) {
			return field.size() > 1 && field.get(1).equals("date") ? "baselineDate" : "baselineValue";
		}
		return field.get(0);
	}

	@Override
	int store(List<TargetInput> inputs) {
		TargetsResult result = targets.upsertTargets(inputs);
		if (!result.userErrors().isEmpty()) {
			throw new IllegalStateException("targets checked as valid were refused when stored: "
					+ result.userErrors().get(0).message());
		}
		return result.changed();
	}

	/** {@code 2023-06-30=80; 2023-09-30=90}, in the order written. */
	private static List<TargetInput.MilestoneInput> milestones(Cells cells, int column) {
		List<TargetInput.MilestoneInput> milestones = new ArrayList<>();
		for (String part : cells.codes(column).stream().flatMap(code -> java.util.Arrays.stream(code.split(";")))
			.toList()) {
			String[] dayAndValue = part.split("=");
			try {
				milestones.add(new TargetInput.MilestoneInput(LocalDate.parse(dayAndValue[0].strip()),
						new BigDecimal(dayAndValue[1].strip())));
			}
			catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				cells.error(column, "milestone '" + part + "' is not a day and a value (e.g. 2023-06-30=80)",
						UserErrorCode.INVALID);
			}
		}
		return milestones.isEmpty() ? null : milestones;
	}

	private static Boolean active(Cells cells, int column) {
		String text = cells.text(column);
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(java.util.Locale.ROOT)) {
			case "true", "yes", "1", "có" -> true;
			case "false", "no", "0", "không" -> false;
			default -> {
				cells.error(column, "'" + text + "' is not TRUE or FALSE", UserErrorCode.INVALID);
				yield null;
			}
		};
	}

}
