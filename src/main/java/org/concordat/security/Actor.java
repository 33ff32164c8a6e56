package org.concordat.security;

import java.util.function.Function;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
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

	/** Who acts outside any request: the server itself ({@code system}), say at start-up. */
	public static Actor system(String endpoint) {
		return new Actor("system", "start-up", endpoint, Grants.NONE);
	}

	/**
	 * Who runs a command on the server's machine (the {@code load} command): the operating-system user, since
	 * no one signed in.
	 */
	public static Actor command(String endpoint) {
		return new Actor(System.getProperty("user.name", "unknown"), "command", endpoint, Grants.NONE);
	}

	/**
	 * Makes {@code actor} the one {@link #current()} answers inside the chain this is written into (with
	 * {@code contextWrite}): for work done outside a request on someone's behalf, such as the demo seed.
	 */
	public static Function<Context, Context> acting(Actor actor) {
		return context -> context.put(Actor.class, actor);
	}

	public static Mono<Actor> current() {
		return Mono.deferContextual(context -> context.hasKey(Actor.class) ? Mono.just(context.<Actor>get(Actor.class))
				: signedIn(context));
	}

	private static Mono<Actor> signedIn(ContextView context) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.map(authentication -> new Actor(authentication.getName(), via(authentication), endpoint(context),
					Grants.of(authentication)))
			.defaultIfEmpty(new Actor(Grants.NONE.name(), "none", endpoint(context), Grants.NONE));
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
