package vn.parmonitor.spreadsheet;

/** A file that is not a spreadsheet PAR Monitor can read; the message says why, in words for its sender. */
public class SpreadsheetUnreadable extends RuntimeException {

	public SpreadsheetUnreadable(String message) {
		super(message);
	}

}
