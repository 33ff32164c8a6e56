package org.concordat.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database away while a request is still in the filters, before any controller: signing in with a local
 * account or token reads it from the database (unless the credential was verified moments ago). Answered as the
 * controllers' own 503 ({@link DatabaseTrouble}), not the framework's 500. Ahead of Spring Boot's error handler,
 * which would answer 500; every other error goes on to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseTroubleHandler implements WebExceptionHandler {

	private final JsonMapper json;

	DatabaseTroubleHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		var response = exchange.getResponse();
		return DatabaseTrouble.of(error).filter(trouble -> !response.isCommitted()).map(trouble -> {
			trouble.log();
			// the same shape as ProblemResponses' answers
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", trouble.title());
			body.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			body.put("detail", "database: " + trouble.reason());
			body.put("errors", trouble.errors());
			byte[] bytes = json.writeValueAsBytes(body);
			response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			response.getHeaders().setContentLength(bytes.length);
			return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
		}).orElseGet(() -> Mono.error(error));
	}
}
