package vn.parmonitor.spreadsheet;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.parmonitor.system.graphql.UserError;
import vn.parmonitor.unit.SuccessionKind;
import vn.parmonitor.unit.UnitInput;
import vn.parmonitor.unit.UnitKind;
import vn.parmonitor.unit.UnitService;
import vn.parmonitor.unit.UpsertUnitsResult;

/**
 * Units from a sheet, one row each: the rows of {@code upsertUnits}, checked as one batch by its validator (parents
 * may be rows of the same file, in any order), so a file holds at most the mutation's batch of 1,000 units (a
 * province's departments and communes; split a country by province).
 */
@Component
class UnitImport extends WholeBatchImport<UnitInput> {

	static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn("code", true, List.of("unitCode", "mã", "mã đơn vị"), "Mã đơn vị (mã GSO của tỉnh, xã)",
					"The unit's code (the GSO code of a province or commune)"),
			new ImportColumn("name", true, List.of("tên", "tên đơn vị"), "Tên đầy đủ (ví dụ Tỉnh Lạng Sơn)",
					"The full name (e.g. Tỉnh Lạng Sơn)"),
			new ImportColumn("shortName", false, List.of("tên ngắn"), "Tên không kèm loại (ví dụ Lạng Sơn)",
					"The name without its type (e.g. Lạng Sơn)"),
			new ImportColumn("nameEn", false, List.of("tên tiếng anh"), "Tên tiếng Anh", "The English name"),
			new ImportColumn("kind", true, List.of("loại", "cấp"),
					"MINISTRY, PROVINCE, DISTRICT, COMMUNE hoặc DEPARTMENT", "MINISTRY, PROVINCE, DISTRICT, COMMUNE or DEPARTMENT"),
			new ImportColumn("parentCode", false, List.of("parent", "mã đơn vị cấp trên", "cấp trên"),
					"Mã đơn vị cấp trên (có thể là một dòng của tệp này)", "The parent's code (may be a row of this file)"),
			new ImportColumn("validFrom", false, List.of("hiệu lực từ"), "Ngày bắt đầu hiệu lực (ví dụ 2025-07-01)",
					"The first day it exists (e.g. 2025-07-01)"),
			new ImportColumn("validTo", false, List.of("hiệu lực đến"), "Ngày cuối cùng (ví dụ 2025-06-30)",
					"The last day it exists (e.g. 2025-06-30)"),
			new ImportColumn("successorCodes", false, List.of("successors", "đơn vị kế thừa"),
					"Mã các đơn vị kế thừa, cách nhau bởi dấu chấm phẩy", "The successors' codes, separated by semicolons"),
			new ImportColumn("successionKind", false, List.of("hình thức"), "MERGED_INTO, SPLIT_INTO hoặc RENAMED",
					"MERGED_INTO, SPLIT_INTO or RENAMED"),
			new ImportColumn("source", false, List.of("nguồn"), "Nguồn (ví dụ nghị quyết sáp nhập)",
					"Where it comes from (e.g. the merger resolution)"),
			new ImportColumn("key", false, List.of("khoá"), "Khoá ổn định (chỉ khi mã đã dùng cho đơn vị khác)",
					"The stable key (only where the code named another unit before)"));

	private final UnitService units;

	UnitImport(UnitService units) {
		this.units = units;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.UNITS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	UnitInput parse(Cells cells, int[] c) {
		return new UnitInput(cells.text(c[0]), cells.text(c[1]), cells.text(c[2]), cells.text(c[3]),
				cells.oneOf(c[4], UnitKind.class), cells.text(c[5]), cells.day(c[6]), cells.day(c[7]), null,
				cells.text(c[10]), cells.text(c[11]), cells.codes(c[8]), cells.oneOf(c[9], SuccessionKind.class));
	}

	@Override
	int maxRows() {
		return UnitService.maxBatch();
	}

	@Override
	String mutation() {
		return "upsertUnits";
	}

	@Override
	List<UserError> validate(List<UnitInput> inputs) {
		return units.validate(inputs);
	}

	@Override
	String column(List<String> field) {
		return field.get(0).equals("successors") ? "successorCodes" : field.get(0);
	}

	@Override
	int store(List<UnitInput> inputs) {
		UpsertUnitsResult result = units.upsert(inputs);
		if (!result.userErrors().isEmpty()) {
			throw new IllegalStateException("units checked as valid were refused when stored: "
					+ result.userErrors().get(0).message());
		}
		return result.changed();
	}

}
