package vn.parmonitor;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 that records the JSON POSTs it receives, for webhook tests. It can be down (nothing
 * listens on its port) and come up later on the same port.
 */
public final class WebhookReceiver implements AutoCloseable {

	private final int port;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private WebhookReceiver(int port) {
		this.port = port;
	}

	/** A receiver with a free port reserved, not yet listening. */
	public static WebhookReceiver down() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return new WebhookReceiver(socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static WebhookReceiver up() {
		return down().start();
	}

	public synchronized WebhookReceiver start() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on 127.0.0.1:" + port, ex);
		}
		server.createContext("/", exchange -> {
			try (InputStream body = exchange.getRequestBody()) {
				received.add(new Received(exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Idempotency-Key"),
						exchange.getRequestHeaders().getFirst("X-PAR-Event"),
						new String(body.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		server.start();
		return this;
	}

	public synchronized void stop() {
		if (server != null) {
			server.stop(0);
			server = null;
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** What arrived at {@code path}, in order. */
	public List<Received> received(String path) {
		List<Received> atPath = new ArrayList<>();
		received.stream().filter(r -> r.path().equals(path)).forEach(atPath::add);
		return atPath;
	}

	@Override
	public void close() {
		stop();
	}

	/** One POST: its path, Idempotency-Key and X-PAR-Event headers, and body. */
	public record Received(String path, String idempotencyKey, String event, String body) {
	}

}
