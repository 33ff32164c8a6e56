package org.concordat.security;

import org.concordat.web.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request Spring Security's firewall refuses before anything else sees it (an encoded slash, backslash, NUL or
 * line break in the path, a path that is not normalized, a header that is not printable) answers 400
 * problem+json naming what was refused, like every other refusal, instead of the firewall's 400 without a body.
 * Spring Security's WebFlux configuration picks up the single bean of this type.
 */
@Component
class FirewallRefusals implements ServerExchangeRejectedHandler {

	private static final String PREFIX = "The request was rejected because ";

	private final Problems problems;

	FirewallRefusals(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		String reason = message.startsWith(PREFIX) ? message.substring(PREFIX.length()) : message;
		return problems.write(exchange.getResponse(), HttpStatus.BAD_REQUEST, "Request refused",
				new FieldError(field(reason), reason.isBlank() ? "is not a request this server takes" : reason));
	}

	private static String field(String reason) {
		if (reason.contains("header")) {
			return "header";
		}
		if (reason.contains("HTTP method")) {
			return "method";
		}
		if (reason.contains("domain") || reason.contains("host")) {
			return "Host";
		}
		return "path";
	}
}
