package vn.parmonitor.system.time;

import java.time.ZoneId;

/** Vietnam's time zone: calendar days (deadlines, periods, "today") are Vietnamese days. */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

}
