package vn.parmonitor.spreadsheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a workbook, or a CSV file, row by row without holding the file in memory: XLSX through
 * POI's event (SAX) API, CSV through Commons CSV. Values arrive as the spreadsheet program shows them to its user:
 * numbers in plain notation whatever their cell format ({@code 81.45}, not {@code 8.145E1} or {@code 81,45 đ}),
 * percent cells as the percentage they show ({@code 95%} → {@code 95}), dates as ISO days.
 */
public final class SpreadsheetReader {

	/** What receives the rows. Throwing {@link StopReading} ends the reading early without an error. */
	public interface RowHandler {

		void header(String sheet, Header header);

		void row(SheetRow row);

		/** After the last row of a file read to its end (not after {@link StopReading}). */
		default void end() {
		}

	}

	/** Thrown by a handler that has read enough (e.g. a file over the row limit). */
	public static final class StopReading extends RuntimeException {

		public StopReading() {
			super(null, null, false, false);
		}

	}

	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

	private SpreadsheetReader() {
	}

	public static void read(Path file, SpreadsheetFormat format, RowHandler handler) {
		try {
			if (format == SpreadsheetFormat.XLSX) {
				readWorkbook(file, handler);
			}
			else {
				readCsv(file, handler);
			}
			handler.end();
		}
		catch (StopReading stop) {
			// the handler has what it needs
		}
	}

	/**
	 * About how many data rows the file has, without reading it through: a CSV file's lines, a sheet's dimension
	 * (which the programs that write XLSX record ahead of the cells); null when the sheet does not say.
	 */
	public static Integer estimateRows(Path file, SpreadsheetFormat format) {
		try {
			if (format == SpreadsheetFormat.CSV) {
				long lines = 0;
				byte[] buffer = new byte[64 * 1024];
				try (InputStream in = Files.newInputStream(file)) {
					for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
						for (int i = 0; i < n; i++) {
							lines += buffer[i] == '\n' ? 1 : 0;
						}
					}
				}
				return (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
			}
			try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(workbook).getSheetsData();
				if (!sheets.hasNext()) {
					return null;
				}
				try (InputStream sheet = sheets.next()) {
					Dimension dimension = new Dimension();
					XMLReader parser = SAXHelper.newXMLReader();
					parser.setContentHandler(dimension);
					try {
						parser.parse(new InputSource(sheet));
					}
					catch (StopReading stop) {
						// the dimension comes before the cells: no need to read them
					}
					return dimension.lastRow == null ? null : Math.max(0, dimension.lastRow - 1);
				}
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			return null; // reading the file itself will say what is wrong with it
		}
	}

	/** Finds {@code <dimension ref="A1:G1001"/>} and stops at the first element after it. */
	private static final class Dimension extends org.xml.sax.helpers.DefaultHandler {

		private Integer lastRow;

		@Override
		public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) {
			if ("dimension".equals(localName)) {
				String ref = attributes.getValue("ref");
				String last = ref == null ? null : ref.substring(ref.indexOf(':') + 1);
				lastRow = last == null ? null : new CellReference(last).getRow() + 1;
				throw new StopReading();
			}
			if ("sheetData".equals(localName)) {
				throw new StopReading();
			}
		}

	}

	private static void readWorkbook(Path file, RowHandler handler) {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new SpreadsheetUnreadable("the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = SAXHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
						new SheetRows(sheets.getSheetName(), handler), new PlainValues(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException ex) {
			throw new SpreadsheetUnreadable("the file is a ZIP archive but not an XLSX workbook (" + ex.getMessage() + ")");
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
				| org.apache.poi.ooxml.POIXMLException | org.apache.poi.util.RecordFormatException ex) {
			if (ex.getCause() instanceof StopReading stop) {
				throw stop;
			}
			throw new SpreadsheetUnreadable("the workbook cannot be read (" + ex.getMessage() + ")");
		}
	}

	private static void readCsv(Path file, RowHandler handler) {
		try (Reader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024)) {
			reader.mark(64 * 1024);
			char[] start = new char[64 * 1024];
			int read = reader.read(start);
			reader.reset();
			String head = read <= 0 ? "" : new String(start, 0, read);
			if (head.startsWith("\uFEFF")) {
				reader.skip(1);
				head = head.substring(1);
			}
			char delimiter = delimiter(head);
			CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
			boolean decimalComma = delimiter != ',';
			try (CSVParser parser = csv.parse(reader)) {
				boolean first = true;
				for (CSVRecord record : parser) {
					List<String> cells = new ArrayList<>(record.size());
					for (String value : record) {
						cells.add(decimalComma && DECIMAL_COMMA.matcher(value.strip()).matches()
								? value.strip().replace(',', '.') : value);
					}
					if (first) {
						handler.header("CSV", new Header(cells));
						first = false;
					}
					else {
						handler.row(new SheetRow("CSV", (int) record.getRecordNumber(), cells));
					}
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new SpreadsheetUnreadable("the CSV file is not UTF-8 text: save it as \"CSV UTF-8\"");
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new SpreadsheetUnreadable("the CSV file is not UTF-8 text: save it as \"CSV UTF-8\"");
			}
			throw new SpreadsheetUnreadable("the CSV file cannot be read (" + ex.getMessage() + ")");
		}
	}

	/** The separator of the header line: comma, semicolon (what Excel writes where the decimal mark is a comma) or tab. */
	private static char delimiter(String head) {
		int end = head.indexOf('\n');
		String line = end < 0 ? head : head.substring(0, end);
		long commas = line.chars().filter(c -> c == ',').count();
		long semicolons = line.chars().filter(c -> c == ';').count();
		long tabs = line.chars().filter(c -> c == '\t').count();
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	/** Collects the cells of each row of a sheet in column order (the event API skips empty cells). */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final String sheet;

		private final RowHandler handler;

		private final List<String> cells = new ArrayList<>();

		private boolean headerSeen;

		SheetRows(String sheet, RowHandler handler) {
			this.sheet = sheet;
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			if (!headerSeen) {
				if (cells.stream().allMatch(text -> text == null || text.isBlank())) {
					return; // rows above the header (a title, blank lines) are not data
				}
				headerSeen = true;
				handler.header(sheet, new Header(cells));
			}
			else {
				handler.row(new SheetRow(sheet, rowNum + 1, List.copyOf(cells.stream().map(text -> text == null ? "" : text)
					.toList())));
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
			while (cells.size() < column) {
				cells.add(null);
			}
			cells.add(formattedValue);
		}

	}

	/**
	 * Numbers as plain decimals rather than in their display format (which may round, group thousands or add a
	 * currency); percentages as the number of percent shown; dates as ISO days (or date-times when they have a time).
	 */
	private static final class PlainValues extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime day = DateUtil.getLocalDateTime(value, use1904Windowing);
				return day.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day.toLocalDate().toString() : day.toString();
			}
			BigDecimal number = BigDecimal.valueOf(value);
			if (formatString != null && formatString.replaceAll("\"[^\"]*\"", "").contains("%")) {
				number = number.movePointRight(2);
			}
			String plain = number.stripTrailingZeros().toPlainString();
			return plain.equals("-0") ? "0" : plain;
		}

	}

}
