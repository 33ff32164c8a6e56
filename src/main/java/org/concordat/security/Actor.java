package org.concordat.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Who is acting, and through which endpoint: what a write needs to know of the request it serves (the audit
 * records it), without any web type. Inside a request's reactive chain {@link #current()} reads the principal
 * from the reactive security context and the endpoint from the Reactor context ({@link EndpointContext} puts
 * it there), so it is available wherever the write's transaction is assembled.
 *
 * @param name the principal's name ({@link Grants#name()})
 * @param via how it signed in: {@code password}, {@code token}, {@code oidc}, {@code jwt} or {@code anonymous}
 * @param endpoint the request as {@code METHOD /path} (no query), or {@code none} outside a request
 */
public record Actor(String name, String via, String endpoint, Grants grants) {

	/** The Reactor context key under which {@link EndpointContext} keeps {@code METHOD /path}. */
	public static final String ENDPOINT_KEY = Actor.class.getName() + ".endpoint";

	public static Mono<Actor> current() {
		return Mono.deferContextual(context -> ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.map(authentication -> new Actor(authentication.getName(), via(authentication), endpoint(context),
					Grants.of(authentication)))
			.defaultIfEmpty(new Actor(Grants.NONE.name(), "none", endpoint(context), Grants.NONE)));
	}

	static String via(Authentication authentication) {
		return switch (authentication) {
			case AnonymousAuthenticationToken anonymous -> "anonymous";
			case TokenAuthentication token -> "token";
			case OAuth2AuthenticationToken oidc -> "oidc";
			case JwtAuthenticationToken jwt -> "jwt";
			case UsernamePasswordAuthenticationToken password -> "password";
			default -> authentication.getClass().getSimpleName();
		};
	}

	private static String endpoint(ContextView context) {
		return context.getOrDefault(ENDPOINT_KEY, "none");
	}
}
