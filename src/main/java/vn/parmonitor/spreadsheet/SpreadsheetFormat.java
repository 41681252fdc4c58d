package vn.parmonitor.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of file an import reads, told apart by their first bytes, not by the name they came with. */
public enum SpreadsheetFormat {

	/** Office Open XML workbook (Excel 2007 and later, LibreOffice "Excel 2007-365"): a ZIP archive. */
	XLSX,
	/** Comma- or semicolon-separated text, UTF-8 (with or without a byte order mark). */
	CSV;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/**
	 * The format of a file, or empty when it is neither (an old binary {@code .xls}, a PDF, a picture, ...): text
	 * without NUL bytes is taken as CSV and its rows say whether it is one.
	 */
	public static Optional<SpreadsheetFormat> of(Path file) {
		byte[] head = new byte[512];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (read >= 4 && Arrays.equals(head, 0, 4, ZIP, 0, 4)) {
			return Optional.of(XLSX);
		}
		if (read >= 4 && Arrays.equals(head, 0, 4, OLE2, 0, 4)) {
			return Optional.empty();
		}
		for (int i = 0; i < read; i++) {
			if (head[i] == 0) {
				return Optional.empty();
			}
		}
		return Optional.of(CSV);
	}

}
