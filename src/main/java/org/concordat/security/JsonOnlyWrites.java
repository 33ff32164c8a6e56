package org.concordat.security;

import java.util.List;
import java.util.Set;

import org.concordat.web.FieldError;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Writes to the API take JSON only: a request that changes something and carries a body must say
 * {@code Content-Type: application/json}. An HTML form can only send {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data} or {@code text/plain}, and a page on another site cannot send JSON without the
 * browser asking first (CORS, closed unless configured), so no cross-site form can write. Answers 415
 * problem+json before any handler runs, whatever the endpoint, even one that ignores its body.
 */
@Component
@Order(0)
class JsonOnlyWrites implements WebFilter {

	/**
	 * The upload types the API documents; a new upload type is added here. CSV and XLSX are the spreadsheet
	 * import's (the only endpoint that declares them: any other answers them 415); neither is one a form can send.
	 */
	static final List<MediaType> ACCEPTED = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"),
			new MediaType("text", "csv"),
			new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

	private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private final Problems problems;

	JsonOnlyWrites(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!WRITES.contains(request.getMethod()) || !Refusals.isApi(request) || accepted(request)) {
			return chain.filter(exchange);
		}
		return problems.write(exchange.getResponse(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				new FieldError("Content-Type", "send the body as application/json (a spreadsheet import: text/csv or "
						+ "the XLSX type)"));
	}

	private static boolean accepted(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		String declared = headers.getFirst(HttpHeaders.CONTENT_TYPE);
		if (declared == null || declared.isBlank()) {
			// no type is fine only without a body (a DELETE, a bulk load of a server file)
			return headers.getContentLength() <= 0 && !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
		}
		try {
			MediaType type = MediaType.parseMediaType(declared);
			return ACCEPTED.stream().anyMatch(accepted -> accepted.includes(type));
		}
		catch (org.springframework.util.InvalidMimeTypeException | org.springframework.http.InvalidMediaTypeException e) {
			// not a media type, or one naming a charset this JVM does not know ("application/json;charset=nope")
			return false;
		}
	}
}
