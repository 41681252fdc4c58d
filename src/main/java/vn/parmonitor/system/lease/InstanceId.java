package vn.parmonitor.system.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This replica's name in leases and run records: {@code par.instance-id}, or else a default that is stable across
 * restarts, so that a replica that was killed recognises, when it starts again, the lease and the runs its previous
 * life left behind and takes them back at once:
 * <ul>
 * <li>on the embedded store, the host name and {@code embedded}: H2 locks the store's file, so no other process can
 * share it, and whatever a lease or a run in it names was left by an earlier life of this same server, whatever port
 * that one had;</li>
 * <li>on a shared MongoDB, the host name and the HTTP port (two servers on one host differ by their port); with a
 * random port ({@code server.port=0}) a random suffix stands in for it, and what a killed replica of that kind held
 * is taken over when its lease expires.</li>
 * </ul>
 */
@Component
public class InstanceId {

	private final String value;

	InstanceId(@Value("${par.instance-id:}") String configured, @Value("${server.port:8080}") int port,
			ObjectProvider<MongoServer> embeddedStore) {
		this.value = !configured.isBlank() ? configured
				: host() + "-" + (embeddedStore.getIfAvailable() != null ? "embedded"
						: port > 0 ? String.valueOf(port) : UUID.randomUUID().toString().substring(0, 8));
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
