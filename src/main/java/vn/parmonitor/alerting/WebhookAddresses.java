package vn.parmonitor.alerting;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where a webhook may point. A unit's officer sets its webhook, and PAR Monitor then posts to it from inside the
 * Department's network: without a rule, a webhook at {@code http://169.254.169.254/} (a cloud's metadata service),
 * at loopback or at a private address would make PAR Monitor probe hosts its users cannot reach themselves. So a
 * webhook is an absolute http(s) URL whose host resolves to public addresses only, unless the host is listed in
 * {@code par.notifications.webhook-allowed-hosts} (an intranet receiver). Checked when the contacts are set and
 * again before every delivery, since what a name resolves to can change.
 */
@Component
class WebhookAddresses {

	private final List<String> allowedHosts;

	WebhookAddresses(NotificationProperties properties) {
		this.allowedHosts = properties.webhookAllowedHosts().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/** Why PAR Monitor will not post to {@code url}; empty when it may (or when its host is not known yet). */
	Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of(notHttp(url));
		}
		if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null || uri.getRawUserInfo() != null) {
			return Optional.of(notHttp(url));
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (allowed(host)) {
			return Optional.empty();
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
		}
		catch (UnknownHostException ex) {
			// Not known here now (no DNS on the machine, a name not yet published): nothing is sent to it until it
			// resolves, and then to public addresses only, since delivery checks again.
			return Optional.empty();
		}
		for (InetAddress address : addresses) {
			String kind = nonPublicKind(address);
			if (kind != null) {
				return Optional.of("webhookUrl host '" + host + "' is " + (host.equals(address.getHostAddress()) ? "" : "at ")
						+ address.getHostAddress() + ", a " + kind + " address; webhooks go to public hosts only, unless "
						+ "the host is listed in par.notifications.webhook-allowed-hosts");
			}
		}
		return Optional.empty();
	}

	private boolean allowed(String host) {
		for (String allowed : allowedHosts) {
			if (allowed.equals(host) || (allowed.startsWith("*.") && host.endsWith(allowed.substring(1)))) {
				return true;
			}
		}
		return false;
	}

	private static String notHttp(String url) {
		return "webhookUrl '" + url + "' must be an absolute http:// or https:// URL without user info";
	}

	/** What kind of non-public address this is, or null for a public one. */
	private static String nonPublicKind(InetAddress address) {
		if (address.isLoopbackAddress()) {
			return "loopback";
		}
		if (address.isLinkLocalAddress()) {
			return "link-local";
		}
		if (address.isSiteLocalAddress()) {
			return "private";
		}
		if (address.isAnyLocalAddress()) {
			return "wildcard";
		}
		if (address.isMulticastAddress()) {
			return "multicast";
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			if (first == 0 || first >= 240) {
				return "reserved";
			}
			if (first == 100 && second >= 64 && second < 128) {
				return "shared (carrier-grade NAT)";
			}
			if (first == 198 && (second == 18 || second == 19)) {
				return "benchmarking";
			}
		}
		if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
			return "unique-local (private)";
		}
		return null;
	}

}
