package vn.parmonitor.system.ratelimit;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Names the {@link Client} of every GraphQL request, over HTTP or the WebSocket, in its GraphQL context, where the
 * limits on expensive operations look for it.
 */
@Component
class ClientOfRequest implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Client client = Client.current(address(request.getRemoteAddress()));
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(context -> context.put(Client.class, client))
			.build());
		return chain.next(request);
	}

	private static String address(InetSocketAddress remote) {
		return remote == null ? null : remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
	}

}
