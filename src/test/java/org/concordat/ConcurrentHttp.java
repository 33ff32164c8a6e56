package org.concordat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP requests to the app on its port, signed in as the admin, sent at once: a request is a cold {@link Mono} of its
 * {@link Answer}, and {@link #together} subscribes to all of them before any answers, so they overlap on the
 * server as requests from separate clients would.
 */
public final class ConcurrentHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebClient client;

	/** Signed in as the tests' admin (TestSignIn), with HTTP Basic on every request. */
	public ConcurrentHttp(int port) {
		this.client = WebClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth(TestSignIn.ADMIN, TestSignIn.ADMIN_PASSWORD))
			.codecs(c -> c.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
	}

	/** Status, ETag and body of one answer; the body parsed when it is a JSON object. */
	public record Answer(int status, String etag, String body) {

		public boolean ok() {
			return status >= 200 && status < 300;
		}

		@SuppressWarnings("unchecked")
		public Map<String, Object> json() {
			return JSON.readValue(body, Map.class);
		}

		public long version() {
			return ((Number) json().get("version")).longValue();
		}
	}

	public Mono<Answer> get(String uri) {
		return exchange(client.get().uri(uri));
	}

	public Mono<Answer> post(String uri, Object body) {
		return exchange(client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body));
	}

	/** A PUT; {@code ifMatch} null sends no If-Match. */
	public Mono<Answer> put(String uri, String ifMatch, Object body) {
		var request = client.put().uri(uri).contentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			request = request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return exchange(request.bodyValue(body));
	}

	/** Sends every request at once and waits for all the answers, in the order given. Test code: blocking. */
	public static List<Answer> together(List<Mono<Answer>> requests) {
		return Flux.mergeSequential(requests, requests.size(), 1).collectList().block(Duration.ofSeconds(120));
	}

	@SafeVarargs
	public static List<Answer> together(Mono<Answer>... requests) {
		return together(List.of(requests));
	}

	private static Mono<Answer> exchange(WebClient.RequestHeadersSpec<?> request) {
		return request.exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("")
			.map(body -> new Answer(response.statusCode().value(), response.headers().asHttpHeaders().getETag(),
					body)));
	}
}
