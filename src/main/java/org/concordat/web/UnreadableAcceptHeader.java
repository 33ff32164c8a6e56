package org.concordat.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * An {@code Accept} header that is not a list of media types ({@code Accept: garbage}) is disregarded, as RFC 9110
 * (12.5.1) allows: the framework would otherwise fail to write any answer, even the problem+json refusing it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableAcceptHeader implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var accept = exchange.getRequest().getHeaders().get(HttpHeaders.ACCEPT);
		if (accept != null) {
			try {
				MediaType.parseMediaTypes(accept);
			}
			catch (InvalidMediaTypeException e) {
				return chain.filter(exchange.mutate()
					.request(request -> request.headers(headers -> headers.remove(HttpHeaders.ACCEPT)))
					.build());
			}
		}
		return chain.filter(exchange);
	}
}
