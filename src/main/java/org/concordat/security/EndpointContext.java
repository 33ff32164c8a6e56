package org.concordat.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts the request's endpoint ({@code METHOD /path}, without the query) into the Reactor context, where
 * {@link Actor#current()} finds it: a write learns through which endpoint it came without a web type.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EndpointContext implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String endpoint = exchange.getRequest().getMethod().name() + " " + exchange.getRequest().getPath().value();
		return chain.filter(exchange).contextWrite(context -> context.put(Actor.ENDPOINT_KEY, endpoint));
	}
}
