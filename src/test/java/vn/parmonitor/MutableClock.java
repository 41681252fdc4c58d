package vn.parmonitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that a test sets or moves forward, for what happens after a lease's or a kept value's time. */
public final class MutableClock extends Clock {

	public Instant now;

	public MutableClock(Instant now) {
		this.now = now;
	}

	public void move(Duration by) {
		now = now.plus(by);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
