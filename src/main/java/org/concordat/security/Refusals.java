package org.concordat.security;

import java.net.URI;

import org.concordat.web.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How a request without the right credentials is refused. The API, the OpenAPI document and Actuator answer
 * 401 (not signed in), 403 (signed in, not allowed) or 429 (too many failed sign-ins) as problem+json, never a
 * redirect; a browser asking for a page is sent to the sign-in page instead.
 *
 * <p>A 401 always challenges for a bearer token; it offers HTTP Basic only to clients that are not browsers
 * (browsers send {@code Sec-Fetch-Mode} on every request): a browser that never sees a Basic challenge never
 * shows its password dialog, and so never holds Basic credentials that a cross-site request could carry.
 */
@Component
public class Refusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	static final String REALM = "concordat";

	private final Problems problems;

	Refusals(Problems problems) {
		this.problems = problems;
	}

	/** Paths answered as an API: problem+json, never a redirect to the sign-in page. */
	static boolean isApi(ServerHttpRequest request) {
		String path = request.getPath().pathWithinApplication().value();
		return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/v3/api-docs")
				|| path.startsWith("/actuator");
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
		var request = exchange.getRequest();
		var response = exchange.getResponse();
		if (!isApi(request)) {
			response.setStatusCode(HttpStatus.SEE_OTHER);
			response.getHeaders().setLocation(URI.create("/signin"));
			return response.setComplete();
		}
		if (e instanceof SignInThrottle.Throttled throttled) {
			response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
			return problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
					new FieldError("Authorization", throttled.getMessage()));
		}
		String bearer = "Bearer realm=\"" + REALM + "\"";
		if (e instanceof OAuth2AuthenticationException oauth2) {
			bearer += ", error=\"" + oauth2.getError().getErrorCode() + "\"";
		}
		response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, bearer);
		if (!request.getHeaders().containsHeader("Sec-Fetch-Mode")) {
			response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		}
		boolean sentCredentials = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		return problems.write(response, HttpStatus.UNAUTHORIZED, "Not signed in",
				new FieldError("Authorization", sentCredentials ? "the credentials were refused: " + reason(e)
						: "sign in: HTTP Basic with a local account, a bearer token, or the sign-in page's session"));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException e) {
		if (e instanceof CsrfException) {
			return problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN, "Missing or wrong CSRF token",
					new FieldError("X-XSRF-TOKEN", "a browser session's writes must send the XSRF-TOKEN cookie's value "
							+ "in this header (clients using Basic or a bearer token need none)"));
		}
		String reason = e.getMessage() == null || e.getMessage().equals("Access Denied")
				? "your role may not " + exchange.getRequest().getMethod().name() + " "
						+ exchange.getRequest().getPath().value()
				: e.getMessage();
		return problems.write(exchange.getResponse(), HttpStatus.FORBIDDEN, "Not allowed", new FieldError("role", reason));
	}

	private static String reason(AuthenticationException e) {
		if (e instanceof OAuth2AuthenticationException oauth2 && oauth2.getError().getDescription() != null) {
			return oauth2.getError().getDescription();
		}
		return e.getMessage() == null ? "not valid" : e.getMessage();
	}
}
