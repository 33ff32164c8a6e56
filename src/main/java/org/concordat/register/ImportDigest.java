package org.concordat.register;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Digests the body of {@code POST /api/import} as it is read (SHA-256 of the bytes received, the same
 * {@code sha256sum} gives for the file sent), for the audit's entry of the import; the body is decoded as any
 * other, so the document's checks and errors stay those of every request. The digest is in the exchange's
 * attribute {@link #ATTRIBUTE} once the body has been read whole.
 */
@Component
class ImportDigest implements WebFilter {

	static final String ATTRIBUTE = ImportDigest.class.getName();

	static final String PATH = "/api/import";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.POST
				|| !PATH.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		MessageDigest sha256 = sha256();
		AtomicReference<String> digest = new AtomicReference<>();
		exchange.getAttributes().put(ATTRIBUTE, digest);
		ServerHttpRequestDecorator digesting = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				return super.getBody().doOnNext(buffer -> {
					try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
						while (views.hasNext()) {
							ByteBuffer view = views.next();
							sha256.update(view);
						}
					}
				}).doOnComplete(() -> digest.set(HexFormat.of().formatHex(sha256.digest())));
			}
		};
		return chain.filter(exchange.mutate().request(digesting).build());
	}

	/** The digest of the body read, or null (not read whole, or not an import). */
	static String of(ServerWebExchange exchange) {
		AtomicReference<String> digest = exchange.getAttribute(ATTRIBUTE);
		return digest == null ? null : digest.get();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
