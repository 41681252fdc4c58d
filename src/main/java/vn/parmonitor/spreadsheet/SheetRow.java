package vn.parmonitor.spreadsheet;

import java.util.List;

/**
 * One row of a sheet as text, as the spreadsheet program shows it (numbers in plain notation, dates as ISO days).
 *
 * @param sheet the sheet's name ({@code "CSV"} for a CSV file)
 * @param number the row's number as the spreadsheet program shows it (the header is row 1)
 * @param cells the cells by column index; a missing or empty cell is null
 */
public record SheetRow(String sheet, int number, List<String> cells) {

	/** The text of a column, stripped; null when the cell is empty or the row is shorter. */
	public String cell(int column) {
		if (column < 0 || column >= cells.size()) {
			return null;
		}
		String text = cells.get(column);
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** Whether every cell is empty (such rows are skipped, as spreadsheets leave them between blocks). */
	public boolean blank() {
		return cells.stream().allMatch(text -> text == null || text.isBlank());
	}

}
