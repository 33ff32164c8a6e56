package org.concordat.security;

import java.net.URI;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/**
 * What a browser's web session holds for Spring Security: its sign-in (by the form or the identity provider) and
 * the page it asked for before signing in. Kept as Spring's {@link WebSessionServerSecurityContextRepository} and
 * {@link WebSessionServerRequestCache} keep them, but read only when the request names a session.
 * <p>
 * Both of Spring's ask every request for its session, and a request that names none (every API client's: it signs
 * each request with its Authorization header) is then given a new one, never saved: an id drawn from
 * {@code SecureRandom} on the bounded-elastic scheduler and a hop to the parallel one
 * ({@code InMemoryWebSessionStore.createWebSession}), after which the rest of the request, its answer included,
 * runs on other threads than the connection's. A request that names no session has nothing in one to read.
 */
final class BrowserSessions implements ServerSecurityContextRepository, ServerRequestCache {

	private final WebSessionServerSecurityContextRepository signIns = new WebSessionServerSecurityContextRepository();

	private final WebSessionServerRequestCache pagesAsked = new WebSessionServerRequestCache();

	private final WebSessionIdResolver ids;

	/** @param ids how the application finds the session a request names (its session cookie) */
	BrowserSessions(WebSessionIdResolver ids) {
		this.ids = ids;
	}

	private boolean namesNoSession(ServerWebExchange exchange) {
		return ids.resolveSessionIds(exchange).isEmpty();
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		return signIns.save(exchange, context);
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		return namesNoSession(exchange) ? Mono.empty() : signIns.load(exchange);
	}

	@Override
	public Mono<Void> saveRequest(ServerWebExchange exchange) {
		return pagesAsked.saveRequest(exchange);
	}

	@Override
	public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
		return namesNoSession(exchange) ? Mono.empty() : pagesAsked.getRedirectUri(exchange);
	}

	@Override
	public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
		return namesNoSession(exchange) ? Mono.empty() : pagesAsked.removeMatchingRequest(exchange);
	}
}
