package vn.parmonitor.spreadsheet;

import vn.parmonitor.system.graphql.UserErrorCode;

/**
 * A problem with one cell (or one row) of an imported file, located as a spreadsheet user finds it.
 *
 * @param sheet the sheet's name ({@code "CSV"} for a CSV file)
 * @param row the row number as the spreadsheet program shows it (the header is row 1)
 * @param column the column's letters ({@code "D"}); null when the problem is with the row or the file as a whole
 * @param columnName the column's heading, e.g. {@code value}
 * @param value the cell's text as read; null when empty
 * @param message what is wrong and what is accepted (the words of the mutation that the row stands for)
 * @param code the same stable codes as the mutations' user errors
 */
public record RowError(String sheet, int row, String column, String columnName, String value, String message,
		UserErrorCode code) {

	@Override
	public String toString() {
		return sheet + "!" + (column == null ? "" : column) + row + ": " + message;
	}

}
