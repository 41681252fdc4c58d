package vn.parmonitor.system.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Relay arguments of one connection field ({@code first/after}, {@code last/before}), checked and turned into
 * an offset window. Cursors are opaque offsets; page sizes are capped at {@link #MAX_PAGE_SIZE}.
 */
public record PageRequest(Integer first, String after, Integer last, String before) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	public PageRequest {
		if (first != null && last != null) {
			throw new InvalidArgumentException("first", "give either first or last, not both");
		}
		checkSize("first", first);
		checkSize("last", last);
	}

	public static PageRequest firstPage(int size) {
		return new PageRequest(size, null, null, null);
	}

	/** The window to read, given the total number of items (needed to serve {@code last} without a cursor). */
	public Window window(long totalCount) {
		long start = after == null ? 0 : decode("after", after) + 1;
		long end = before == null ? totalCount : Math.min(decode("before", before), totalCount);
		if (end < start) {
			end = start;
		}
		if (last != null) {
			start = Math.max(start, end - last);
		}
		else {
			end = Math.min(end, start + (first == null ? DEFAULT_PAGE_SIZE : first));
		}
		return new Window(start, (int) (end - start), totalCount);
	}

	/** Whether the page starts where {@code after} (or the beginning) says, whatever the total: no {@code last}, no {@code before}. */
	public boolean forward() {
		return last == null && before == null;
	}

	/** The window when the total is not known: forward paging only. */
	public Window forwardWindow() {
		if (last != null || before != null) {
			throw new InvalidArgumentException(last != null ? "last" : "before",
					"this connection pages forward only: use first and after");
		}
		long start = after == null ? 0 : decode("after", after) + 1;
		return new Window(start, first == null ? DEFAULT_PAGE_SIZE : first, -1);
	}

	public static String cursor(long offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static long decode(String argument, String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith("offset:")) {
				long offset = Long.parseLong(text.substring("offset:".length()));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new InvalidArgumentException(argument, "'" + cursor + "' is not a cursor of this connection");
	}

	private static void checkSize(String argument, Integer size) {
		if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
			throw new InvalidArgumentException(argument,
					argument + " must be between 0 and " + MAX_PAGE_SIZE + ", got " + size);
		}
	}

	/**
	 * Items {@code [offset, offset + limit)} of a list of {@code totalCount} items ({@code -1} when unknown).
	 */
	public record Window(long offset, int limit, long totalCount) {
	}

}
