package vn.parmonitor.spreadsheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import vn.parmonitor.system.graphql.UserErrorCode;
import vn.parmonitor.system.time.VietnamTime;

/**
 * Reads typed values from the cells of a row, reporting a cell that does not hold what its column takes as a
 * {@link RowError} with the sheet, row, column, value and an example of what is accepted.
 */
public final class Cells {

	private final SheetRow row;

	private final ImportRun run;

	private final Header header;

	private boolean wrong;

	public Cells(SheetRow row, Header header, ImportRun run) {
		this.row = row;
		this.header = header;
		this.run = run;
	}

	/** The text of the column at {@code index} (-1: the file has no such column), or null. */
	public String text(int index) {
		return row.cell(index);
	}

	/** A decimal, or null when empty; {@code "95%"} is 95 and {@code "81,45"} 81.45 (a decimal comma). */
	public BigDecimal decimal(int index) {
		String text = text(index);
		if (text == null) {
			return null;
		}
		String plain = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
		if (plain.matches("-?\\d+,\\d+")) {
			plain = plain.replace(',', '.');
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			error(index, "'" + text + "' is not a number (e.g. 95.5, with a point or a comma before the decimals)",
					UserErrorCode.INVALID);
			return null;
		}
	}

	/** A whole number, or null when empty. */
	public Integer integer(int index) {
		BigDecimal value = decimal(index);
		if (value == null) {
			return null;
		}
		try {
			return value.intValueExact();
		}
		catch (ArithmeticException ex) {
			error(index, "'" + text(index) + "' is not a whole number", UserErrorCode.INVALID);
			return null;
		}
	}

	/** A day: ISO ({@code 2025-07-01}), as a spreadsheet program writes a date cell. */
	public java.time.LocalDate day(int index) {
		String text = text(index);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			error(index, "'" + text + "' is not a day (e.g. 2025-07-01)", UserErrorCode.INVALID);
			return null;
		}
	}

	/** One of an enumeration's names, in any case; null when empty. */
	public <E extends Enum<E>> E oneOf(int index, Class<E> type) {
		String text = text(index);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text)) {
				return constant;
			}
		}
		error(index, "'" + text + "' is not one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
			.map(Enum::name).toList()), UserErrorCode.INVALID);
		return null;
	}

	/** A list of codes separated by semicolons or commas ({@code 24; 27}); empty when the cell is. */
	public java.util.List<String> codes(int index) {
		String text = text(index);
		return text == null ? java.util.List.of() : java.util.Arrays.stream(text.split("[;,]")).map(String::strip)
			.filter(code -> !code.isEmpty()).toList();
	}

	/** An instant: ISO date-time with an offset, or a local date-time or day read in Vietnam's time. */
	public Instant instant(int index) {
		String text = text(index);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException notInstant) {
			try {
				return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay(VietnamTime.ZONE).toInstant()
						: LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				error(index, "'" + text + "' is not a date or a time (e.g. 2023-10-31 or 2023-10-31T17:00:00+07:00)",
						UserErrorCode.INVALID);
				return null;
			}
		}
	}

	/** Reports a problem with the cell of column {@code index}. */
	public void error(int index, String message, UserErrorCode code) {
		wrong = true;
		run.error(new RowError(row.sheet(), row.number(), index < 0 ? null : Header.letters(index),
				index < 0 || index >= header.names().size() ? null : header.names().get(index), text(index), message, code));
	}

	/** Whether a cell of this row was wrong. */
	public boolean wrong() {
		return wrong;
	}

}
