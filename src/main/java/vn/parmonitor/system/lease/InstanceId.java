package vn.parmonitor.system.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This replica's name in leases and run records: {@code par.instance-id}, or the host name and the HTTP port.
 *
 * <p>The default is stable across restarts, so that a replica that was killed recognises, when it starts again, the
 * lease and the runs its previous life left behind (and two servers on one host differ by their port). With a random
 * port ({@code server.port=0}) a random suffix stands in for it.
 */
@Component
public class InstanceId {

	private final String value;

	InstanceId(@Value("${par.instance-id:}") String configured, @Value("${server.port:8080}") int port) {
		this.value = !configured.isBlank() ? configured
				: host() + "-" + (port > 0 ? String.valueOf(port) : UUID.randomUUID().toString().substring(0, 8));
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
