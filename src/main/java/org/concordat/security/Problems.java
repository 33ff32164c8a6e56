package org.concordat.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concordat.web.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem+json from inside the security filters, in the same shape as the API's own refusals
 * ({@code type}, {@code title}, {@code status}, {@code detail}, {@code errors} of field and reason).
 */
@Component
public class Problems {

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	public Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, FieldError error) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", error.field() + ": " + error.reason());
		body.put("errors", List.of(Map.of("field", error.field(), "reason", error.reason())));
		byte[] bytes = json.writeValueAsBytes(body);
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setContentLength(bytes.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
	}
}
