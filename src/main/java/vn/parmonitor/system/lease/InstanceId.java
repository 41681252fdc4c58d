package vn.parmonitor.system.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This replica's name in leases and run records: {@code par.instance-id}, or host name plus a random suffix. */
@Component
public class InstanceId {

	private final String value;

	InstanceId(@Value("${par.instance-id:}") String configured) {
		this.value = configured.isBlank() ? host() + "-" + UUID.randomUUID().toString().substring(0, 8) : configured;
	}

	public String value() {
		return value;
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "par-monitor";
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
