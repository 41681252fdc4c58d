package vn.parmonitor.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export: sheets of rows written through POI's streaming workbook (a window of rows in memory, the rest on disk),
 * numbers as numbers so that they sum and sort in the user's spreadsheet program, and a notes sheet saying what the
 * figures are and where they come from.
 */
final class ExportWorkbook implements AutoCloseable {

	private final SXSSFWorkbook book = new SXSSFWorkbook(200);

	private final CellStyle header;

	private final CellStyle decimal;

	private Sheet sheet;

	private int rows;

	ExportWorkbook() {
		Font bold = book.createFont();
		bold.setBold(true);
		header = book.createCellStyle();
		header.setFont(bold);
		decimal = book.createCellStyle();
		decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
	}

	/** Starts a sheet with its headings (frozen, so they stay in view). */
	void sheet(String name, List<String> headings) {
		sheet = book.createSheet(name);
		rows = 0;
		Row row = sheet.createRow(rows++);
		for (int i = 0; i < headings.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headings.get(i));
			cell.setCellStyle(header);
			sheet.setColumnWidth(i, Math.min(60, Math.max(10, headings.get(i).length() + 2)) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/** A row: BigDecimal and Integer cells are numbers, Boolean a truth value, anything else text; null is empty. */
	void row(List<?> values) {
		Row row = sheet.createRow(rows++);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(decimal);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Boolean truth) {
				cell.setCellValue(truth);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	/** The notes sheet, last: one line each. */
	byte[] write(List<String> notes) {
		Sheet sheet = book.createSheet(TemplateWorkbook.NOTES_SHEET);
		for (int i = 0; i < notes.size(); i++) {
			sheet.createRow(i).createCell(0).setCellValue(notes.get(i));
		}
		sheet.setColumnWidth(0, 120 * 256);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			book.close(); // also removes the temporary files of the streamed rows
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
