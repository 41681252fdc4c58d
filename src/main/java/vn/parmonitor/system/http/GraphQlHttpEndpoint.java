package vn.parmonitor.system.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.servlet.http.Cookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import vn.parmonitor.system.graphql.limits.GraphQlLimitsProperties;
import vn.parmonitor.system.graphql.limits.Refusal;
import vn.parmonitor.system.graphql.limits.RefusalMetrics;
import vn.parmonitor.system.graphql.limits.RefusalReason;
import vn.parmonitor.system.ratelimit.Client;
import vn.parmonitor.system.ratelimit.ClientLimiter;
import vn.parmonitor.system.startup.StartupTasks;

/**
 * GraphQL over HTTP at {@code /graphql}, in place of Spring's handler, so that every way a request can go wrong is
 * answered in the GraphQL shape with a status and a message that says what to change:
 * <ol>
 * <li>the response media type is negotiated first (406 when the client accepts neither JSON type);</li>
 * <li>while the start-up data is loading, 503 with {@code Retry-After};</li>
 * <li>the client's rate and concurrency are checked ({@link ClientLimiter}, 429 with {@code Retry-After}): every
 * request counts, malformed ones too;</li>
 * <li>the request is read within its size limit ({@link GraphQlRequestReader}); queries are also served over GET,
 * mutations and subscriptions are not (405, as the specification asks);</li>
 * <li>then Spring's {@link WebGraphQlHandler} executes it (interceptors, instrumentations and all) and
 * {@link GraphQlResponseWriter} writes the answer.</li>
 * </ol>
 * WebSocket subscriptions on the same path go to Spring's WebSocket handler, which is mapped ahead of this one.
 */
class GraphQlHttpEndpoint {

	private static final Logger log = LoggerFactory.getLogger(GraphQlHttpEndpoint.class);

	private static final Duration STARTING_RETRY = Duration.ofSeconds(5);

	private final WebGraphQlHandler graphQlHandler;

	private final GraphQlRequestReader reader;

	private final GraphQlResponseWriter writer;

	private final ClientLimiter clients;

	private final StartupTasks startup;

	GraphQlHttpEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper json, GraphQlLimitsProperties limits,
			RefusalMetrics metrics, ClientLimiter clients, StartupTasks startup) {
		this.graphQlHandler = graphQlHandler;
		this.reader = new GraphQlRequestReader(json, limits);
		this.writer = new GraphQlResponseWriter(json, limits, metrics);
		this.clients = clients;
		this.startup = startup;
	}

	ServerResponse handle(ServerRequest request) {
		MediaType type;
		try {
			type = GraphQlResponseWriter.select(request);
		}
		catch (Refusal refusal) {
			return writer.refuse(refusal, MediaType.APPLICATION_JSON);
		}
		ClientLimiter.Permit permit = null;
		try {
			checkStarted();
			permit = clients.admit(Client.current(request.servletRequest().getRemoteAddr()));
			GraphQlRequest body = reader.read(request);
			if (request.method().name().equals("GET")) {
				refuseChangesOverGet(body);
			}
			WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
					cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
					UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
			ClientLimiter.Permit held = permit;
			var answer = graphQlHandler.handleRequest(graphQlRequest)
				.map(response -> writer.write(response, type))
				.onErrorResume(failure -> {
					log.error("GraphQL request {} failed", graphQlRequest.getId(), failure);
					return Mono.just(writer.internalError(graphQlRequest.getId(), type));
				})
				.doFinally(signal -> held.release())
				.toFuture();
			permit = null;
			return ServerResponse.async(answer);
		}
		catch (Refusal refusal) {
			return writer.refuse(refusal, type);
		}
		finally {
			if (permit != null) {
				permit.release();
			}
		}
	}

	private void checkStarted() {
		List<String> pending = startup.pendingBlockingRequests();
		if (!pending.isEmpty()) {
			throw new Refusal(RefusalReason.NOT_READY, 503, "PAR Monitor is starting: " + String.join(", ", pending)
					+ " not yet loaded; try again in a few seconds (or wait for /actuator/health/readiness to be UP)",
					Map.of("pending", pending), STARTING_RETRY);
		}
	}

	/** GraphQL over HTTP: a GET may only read, so a mutation (or subscription) sent over GET is refused. */
	private static void refuseChangesOverGet(GraphQlRequest body) {
		Document document;
		try {
			document = Parser.parse(body.getDocument());
		}
		catch (RuntimeException ex) {
			return; // not a document (a syntax error, a parser limit): the execution answers it for what it is
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(candidate -> body.getOperationName() == null || body.getOperationName().equals(candidate.getName()))
			.toList();
		if (operations.size() != 1) {
			return; // no such operation, or an ambiguous one: answered by the execution
		}
		OperationDefinition operation = operations.get(0);
		if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
			throw new Refusal(RefusalReason.METHOD_NOT_ALLOWED, 405, operation.getOperation().name().toLowerCase()
					+ "s cannot be sent over GET, which may only read: send it as a POST with a JSON body",
					Map.of("allow", "POST"), null);
		}
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies().values().forEach(list -> {
			for (Cookie cookie : list) {
				cookies.add(cookie.getName(), new HttpCookie(cookie.getName(), cookie.getValue()));
			}
		});
		return cookies;
	}

}
