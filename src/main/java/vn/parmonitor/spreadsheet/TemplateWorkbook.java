package vn.parmonitor.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template to fill and send back: the data sheet first (the one an import reads), with its header, prefilled rows
 * and cell validation; a notes sheet explaining each column in Vietnamese and English; a sheet of the codes the lists
 * offer. Written with POI's workbook model: templates are a few hundred rows.
 */
final class TemplateWorkbook {

	static final String NOTES_SHEET = "Ghi chú - Notes";

	static final String CODES_SHEET = "Mã - Codes";

	private final XSSFWorkbook book = new XSSFWorkbook();

	private final Sheet data;

	private final List<ImportColumn> columns;

	private final CellStyle header;

	private final CellStyle readOnly;

	private final CellStyle decimal;

	private final CellStyle text;

	private int rows;

	private int codeColumns;

	TemplateWorkbook(String dataSheet, List<ImportColumn> columns) {
		this.columns = columns;
		this.data = book.createSheet(dataSheet);
		Font bold = book.createFont();
		bold.setBold(true);
		header = book.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		readOnly = book.createCellStyle();
		readOnly.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
		readOnly.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		decimal = book.createCellStyle();
		decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
		// Codes such as 2023-10 or 1.1 stay text: a spreadsheet program would otherwise turn them into a date or number.
		text = book.createCellStyle();
		text.setDataFormat(book.createDataFormat().getFormat("@"));
		Row first = data.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = first.createCell(i);
			cell.setCellValue(columns.get(i).name());
			cell.setCellStyle(header);
			data.setColumnWidth(i, Math.max(12, columns.get(i).name().length() + 4) * 256);
		}
		data.createFreezePane(0, 1);
	}

	/** Appends a data row; a value is a String, a BigDecimal, an Integer or null (left empty to fill). */
	void row(Object... values) {
		Row row = data.createRow(++rows);
		for (int i = 0; i < values.length; i++) {
			Cell cell = row.createCell(i);
			Object value = values[i];
			if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(decimal);
			}
			else if (value instanceof Integer number) {
				cell.setCellValue(number);
			}
			else if (value != null) {
				cell.setCellValue(value.toString());
				cell.setCellStyle(text);
			}
			else {
				cell.setCellStyle(text);
			}
		}
	}

	/** Marks a column as information to read, not to fill (shaded). */
	void readOnly(String column) {
		int index = index(column);
		for (int r = 1; r <= rows; r++) {
			data.getRow(r).getCell(index).setCellStyle(readOnly);
		}
	}

	/** The column's cells take a decimal from {@code min} to {@code maxFormula} (e.g. {@code "F2"}, relative per row). */
	void decimalBetween(String column, String min, String maxFormula, String messageVi, String messageEn) {
		DataValidationHelper helper = data.getDataValidationHelper();
		DataValidationConstraint constraint = maxFormula == null
				? helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, min, null)
				: helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, min, maxFormula);
		validate(column, constraint, messageVi, messageEn);
	}

	/** The column's cells take one of {@code codes}, listed in the codes sheet under {@code heading}. */
	void oneOf(String column, String heading, List<String> codes, String messageVi, String messageEn) {
		Sheet sheet = book.getSheet(CODES_SHEET) != null ? book.getSheet(CODES_SHEET) : book.createSheet(CODES_SHEET);
		int at = codeColumns++;
		cellAt(sheet, 0, at).setCellValue(heading);
		for (int i = 0; i < codes.size(); i++) {
			Cell cell = cellAt(sheet, i + 1, at);
			cell.setCellValue(codes.get(i));
			cell.setCellStyle(text);
		}
		String letters = Header.letters(at);
		String range = "'" + CODES_SHEET + "'!$" + letters + "$2:$" + letters + "$" + Math.max(2, codes.size() + 1);
		validate(column, data.getDataValidationHelper().createFormulaListConstraint(range), messageVi, messageEn);
	}

	/** The notes sheet: a title, lines about the template, then each column in Vietnamese and English. */
	byte[] write(String title, List<String> lines) {
		Sheet notes = book.createSheet(NOTES_SHEET);
		int r = 0;
		cellAt(notes, r++, 0).setCellValue(title);
		for (String line : lines) {
			cellAt(notes, r++, 0).setCellValue(line);
		}
		r++;
		String[] heading = { "Cột / Column", "Ý nghĩa (Tiếng Việt)", "Meaning (English)", "Bắt buộc / Required" };
		for (int i = 0; i < heading.length; i++) {
			Cell cell = cellAt(notes, r, i);
			cell.setCellValue(heading[i]);
			cell.setCellStyle(header);
		}
		for (ImportColumn column : columns) {
			r++;
			cellAt(notes, r, 0).setCellValue(column.name());
			cellAt(notes, r, 1).setCellValue(column.noteVi());
			cellAt(notes, r, 2).setCellValue(column.noteEn());
			cellAt(notes, r, 3).setCellValue(column.required() ? "có / yes" : "không / no");
		}
		notes.setColumnWidth(0, 22 * 256);
		notes.setColumnWidth(1, 70 * 256);
		notes.setColumnWidth(2, 70 * 256);
		notes.setColumnWidth(3, 18 * 256);
		try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void validate(String column, DataValidationConstraint constraint, String messageVi, String messageEn) {
		int index = index(column);
		DataValidation validation = data.getDataValidationHelper().createValidation(constraint,
				new CellRangeAddressList(1, Math.max(1, rows), index, index));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(column, messageVi + " / " + messageEn);
		validation.setShowPromptBox(true);
		validation.createPromptBox(column, messageVi + " / " + messageEn);
		data.addValidationData(validation);
	}

	private int index(String column) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).name().equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + column);
	}

	private static Cell cellAt(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
		return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
	}

}
