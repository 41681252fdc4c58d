package vn.parmonitor.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How often an indicator is reported, and the period keys that name its periods. */
public enum ReportingPeriod {

	/** {@code 2023-10} */
	MONTHLY(Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])"), "2023-10", 1),
	/** {@code 2023-Q3} */
	QUARTERLY(Pattern.compile("(\\d{4})-Q([1-4])"), "2023-Q3", 3),
	/** {@code 2023-H2} */
	HALF_YEARLY(Pattern.compile("(\\d{4})-H([12])"), "2023-H2", 6),
	/** {@code 2023} */
	YEARLY(Pattern.compile("(\\d{4})"), "2023", 12);

	private final Pattern pattern;

	private final String example;

	private final int months;

	ReportingPeriod(Pattern pattern, String example, int months) {
		this.pattern = pattern;
		this.example = example;
		this.months = months;
	}

	public String example() {
		return example;
	}

	/** The period keys of a year in this form: 2023-01 … 2023-12, 2023-Q1 … Q4, 2023-H1, H2, or 2023. */
	public java.util.List<String> keysIn(int year) {
		return switch (this) {
			case MONTHLY -> java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> "%d-%02d".formatted(year, m))
				.toList();
			case QUARTERLY -> java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(q -> year + "-Q" + q).toList();
			case HALF_YEARLY -> java.util.List.of(year + "-H1", year + "-H2");
			case YEARLY -> java.util.List.of(String.valueOf(year));
		};
	}

	/** The usual length of one period, in months. */
	public int months() {
		return months;
	}

	/** The period a key names, or empty when the key is not of this reporting period's form. */
	/**
	 * The last day of a period key of any kind ({@code 2023-03}, {@code 2023-Q1}, ...): the day a unit's code is read
	 * on for an observation of that period; today when the key is of no kind (its validator then says so).
	 */
	public static java.time.LocalDate lastDayOf(String key) {
		for (ReportingPeriod kind : values()) {
			Optional<Period> period = key == null ? Optional.empty() : kind.parse(key);
			if (period.isPresent()) {
				return period.get().end();
			}
		}
		return java.time.LocalDate.now(vn.parmonitor.system.time.VietnamTime.ZONE);
	}

	public Optional<Period> parse(String key) {
		if (key == null) {
			return Optional.empty();
		}
		Matcher matcher = pattern.matcher(key.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		int index = this == YEARLY ? 1 : Integer.parseInt(matcher.group(2));
		YearMonth first = YearMonth.of(year, 1 + (index - 1) * months);
		YearMonth last = first.plusMonths(months - 1L);
		return Optional.of(new Period(key.strip(), first.atDay(1), last.atEndOfMonth()));
	}

	/** A reporting period: its key and its first and last days. */
	public record Period(String key, LocalDate start, LocalDate end) {
	}

}
