package org.concordat.security;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.ReactiveUserDetailsPasswordService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * Who may reach what, and how they sign in (README, "Signing in", has the roles table).
 *
 * <ul>
 * <li>Local accounts: HTTP Basic for API clients (a verified password is cached briefly, failed sign-ins are
 * throttled), the sign-in page's form for browsers (a session cookie, HttpOnly and SameSite=Lax, with CSRF
 * protection), or an API token issued for the account ({@code Authorization: Bearer cct_...}).</li>
 * <li>An identity provider: OpenID Connect sign-in for browsers when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.*}), bearer JWTs for API clients when an issuer is
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} and {@code audiences}); roles and forces come
 * from configurable claims ({@link ClaimsMapping}).</li>
 * <li>Anonymous clients read as {@code viewer} only with {@code concordat.security.public-read=true}.</li>
 * </ul>
 *
 * The coarse rules by path are here; which forces an editor's write concerns is decided by the register
 * ({@code org.concordat.register.EditRights}), and personal fields are left out of answers below
 * {@code contact-viewer} where they are served.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class WebSecurityConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WebSecurityConfiguration.class);

	/**
	 * The page's content security policy: everything from this origin only, no inline script or style, never
	 * framed. Images may be data: or blob: URLs (the PNG export rasterises its SVG from a blob: URL; the icon is a
	 * data: URL). Workers only from this origin: the network's layout worker is a script file of the build.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI injects style elements of its own; scripts stay as strict as everywhere else. */
	static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	static final String SIGN_IN = "/signin";

	static final String SIGN_OUT = "/signout";

	private static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
			"/swagger-ui/**", "/webjars/**" };

	/**
	 * Health status, liveness and readiness, for load balancers and orchestrators: status only (the details are
	 * shown to operators, {@code management.endpoint.health.roles}). {@code /livez}, {@code /readyz} and
	 * {@code /healthz} are the same on the API's port when a management port moves the rest of Actuator.
	 */
	private static final String[] HEALTH = { "/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness", "/livez", "/readyz", "/healthz" };

	@Bean
	SecurityWebFilterChain concordatSecurity(ServerHttpSecurity http, SecuritySettings settings, Refusals refusals,
			ReactiveUserDetailsService accounts, PasswordEncoder encoder,
			ObjectProvider<ReactiveUserDetailsPasswordService> rehash, SignInThrottle throttle, CredentialCache cache,
			ObjectProvider<LocalTokens> tokens, ObjectProvider<ReactiveJwtDecoder> jwts,
			ObjectProvider<ReactiveClientRegistrationRepository> clients, ClaimsMapping claims,
			CorsConfigurationSource cors, WebSessionManager sessions, Environment environment) {
		requireAudience(environment);
		ReactiveAuthenticationManager passwords = throttled(passwords(accounts, encoder, rehash), throttle);
		ReactiveAuthenticationManager basic = authentication -> cache.verified("password",
				authentication.getName() + '\u0000' + authentication.getCredentials(),
				() -> passwords.authenticate(authentication));
		ReactiveAuthenticationManager bearer = bearer(tokens, jwts.getIfAvailable(), claims, cache);

		// a browser's sign-in and the page it asked for are kept in its session, read only when a request names one
		BrowserSessions browsers = new BrowserSessions(((DefaultWebSessionManager) sessions).getSessionIdResolver());
		http.securityContextRepository(browsers).requestCache(pages -> pages.requestCache(browsers));
		http.exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			// each request signs itself: nothing of it is kept (Spring's default for Basic, said here because a
			// repository given to the whole chain would otherwise be Basic's too)
			.httpBasic(httpBasic -> httpBasic.authenticationManager(basic).authenticationEntryPoint(refusals)
				.securityContextRepository(NoOpServerSecurityContextRepository.getInstance()))
			.oauth2ResourceServer(resourceServer -> resourceServer.authenticationManagerResolver(exchange -> Mono.just(bearer))
				.authenticationEntryPoint(refusals)
				.accessDeniedHandler(refusals))
			.formLogin(form -> form.loginPage(SIGN_IN).authenticationManager(passwords)
				.authenticationFailureHandler((filterExchange, e) -> redirect(filterExchange.getExchange(),
						e instanceof SignInThrottle.Throttled throttled ? SIGN_IN + "?wait=" + throttled.retryAfterSeconds()
								: SIGN_IN + "?error")))
			.logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessHandler(signedOut()))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(CSRF_REQUIRED)
				.accessDeniedHandler(refusals))
			.addFilterAfter(CSRF_COOKIE_FOR_BROWSERS, SecurityWebFiltersOrder.CSRF)
			.cors(c -> c.configurationSource(cors))
			.headers(headers -> headers.writer(WebSecurityConfiguration::contentSecurityPolicy)
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.anonymous(anonymous -> anonymous.authorities(settings.publicRead()
					? Grants.authorities(List.of(Role.VIEWER), List.of())
					: List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
		if (clients.getIfAvailable() != null) {
			http.oauth2Login(login -> login.authenticationFailureHandler((filterExchange, e) -> {
				// the provider's error code, never the user's details
				log.warn("Sign-in through the identity provider failed: {}",
						e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth2
								? oauth2.getError().getErrorCode() : e.getClass().getSimpleName());
				return redirect(filterExchange.getExchange(), SIGN_IN + "?error=provider");
			}));
		}
		http.authorizeExchange(exchanges -> {
			exchanges.pathMatchers(HEALTH).permitAll()
				.pathMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
				.pathMatchers(SIGN_IN, "/signin.html", "/assets/**", "/favicon.ico", "/api/sign-in").permitAll();
			if (settings.apiDocsPublic()) {
				exchanges.pathMatchers(API_DOCS).permitAll();
			}
			else {
				exchanges.pathMatchers(API_DOCS).authenticated();
			}
			exchanges.pathMatchers("/api/account", "/api/account/**").authenticated()
				.pathMatchers("/api/accounts", "/api/accounts/**").hasRole(Role.ADMIN.name())
				.pathMatchers("/api/import", "/api/bulk-load", "/api/bulk-load/**").hasRole(Role.ADMIN.name())
				// the spreadsheet import and its template: editors (judged row by row by their rights) and admins
				.pathMatchers("/api/import/spreadsheet", "/api/import/spreadsheet/**").hasRole(Role.EDITOR.name())
				// an editor reads the entries that concern its forces (AuditController); nothing writes the audit
				.pathMatchers(HttpMethod.GET, "/api/audit").hasRole(Role.EDITOR.name())
				.pathMatchers("/api/audit", "/api/audit/**").denyAll()
				.pathMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
				.pathMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name())
				// a question with a draft as its body: it writes nothing
				.pathMatchers(HttpMethod.POST, "/api/analytics/before-signing").hasRole(Role.VIEWER.name())
				.pathMatchers(HttpMethod.POST, "/api/functions/**", "/api/forces").hasRole(Role.ADMIN.name())
				.pathMatchers(HttpMethod.PUT, "/api/functions/**").hasRole(Role.ADMIN.name())
				.pathMatchers(HttpMethod.DELETE, "/api/functions/**", "/api/forces/**").hasRole(Role.ADMIN.name())
				// what an editor's write concerns, and so whether its forces allow it, the register decides
				.pathMatchers("/api/forces/**", "/api/collaborations/**", "/api/people/**", "/api/lessons/**")
				.hasRole(Role.EDITOR.name())
				.pathMatchers("/api/**").denyAll()
				.pathMatchers("/", "/index.html").hasRole(Role.VIEWER.name())
				.anyExchange().authenticated();
		});
		return http.build();
	}

	/**
	 * A JWT meant for another application of the same identity provider must not be accepted here: with an
	 * issuer configured, the audiences this API answers to must be too.
	 */
	private static void requireAudience(Environment environment) {
		String jwt = "spring.security.oauth2.resourceserver.jwt.";
		boolean issuer = StringUtils.hasText(environment.getProperty(jwt + "issuer-uri"))
				|| StringUtils.hasText(environment.getProperty(jwt + "jwk-set-uri"));
		if (issuer && !StringUtils.hasText(environment.getProperty(jwt + "audiences"))
				&& !StringUtils.hasText(environment.getProperty(jwt + "audiences[0]"))) {
			throw new IllegalStateException("Set " + jwt + "audiences to the audience the identity provider puts in "
					+ "Concordat's tokens: without it, a token issued for any other application would be accepted");
		}
	}

	private static Mono<Void> contentSecurityPolicy(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		boolean swagger = path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
		exchange.getResponse().getHeaders().set("Content-Security-Policy", swagger ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
		return Mono.empty();
	}

	/** Local accounts' passwords, checked against their hashes (re-hashed when the scheme is outdated). */
	private static ReactiveAuthenticationManager passwords(ReactiveUserDetailsService accounts, PasswordEncoder encoder,
			ObjectProvider<ReactiveUserDetailsPasswordService> rehash) {
		var manager = new UserDetailsRepositoryReactiveAuthenticationManager(accounts);
		manager.setPasswordEncoder(encoder);
		rehash.ifAvailable(manager::setUserDetailsPasswordService);
		// the result keeps the name and grants, not the account's stored hash
		return authentication -> manager.authenticate(authentication)
			.map(done -> UsernamePasswordAuthenticationToken.authenticated(done.getName(), null, done.getAuthorities()));
	}

	private static ReactiveAuthenticationManager throttled(ReactiveAuthenticationManager passwords,
			SignInThrottle throttle) {
		return authentication -> throttle.check(authentication.getName())
			.then(Mono.defer(() -> passwords.authenticate(authentication)))
			.doOnNext(done -> throttle.succeeded(authentication.getName()))
			.doOnError(e -> {
				if (e instanceof BadCredentialsException || e instanceof AccountStatusException) {
					throttle.failed(authentication.getName());
				}
			});
	}

	/** A bearer token: a local account's API token ({@code cct_...}), else a JWT from the identity provider. */
	private static ReactiveAuthenticationManager bearer(ObjectProvider<LocalTokens> tokens, ReactiveJwtDecoder jwts,
			ClaimsMapping claims, CredentialCache cache) {
		ReactiveAuthenticationManager jwt = null;
		if (jwts != null) {
			var manager = new JwtReactiveAuthenticationManager(jwts);
			manager.setJwtAuthenticationConverter(token -> Mono.just(
					new JwtAuthenticationToken(token, claims.authorities(token.getClaims()), claims.name(token.getClaims()))));
			jwt = manager;
		}
		ReactiveAuthenticationManager identityProvider = jwt;
		return authentication -> {
			String token = ((BearerTokenAuthenticationToken) authentication).getToken();
			if (token.startsWith(LocalTokens.PREFIX)) {
				LocalTokens local = tokens.getIfAvailable();
				return local == null ? Mono.error(new BadCredentialsException("no local accounts here"))
						: cache.verified("token", token, () -> local.authenticate(token));
			}
			if (identityProvider == null) {
				return Mono.error(new InvalidBearerTokenException(
						"not a token of this server's, and no identity provider is configured for JWTs"));
			}
			return identityProvider.authenticate(authentication);
		};
	}

	/** OpenID Connect sign-ins: roles and forces from the ID token's (and user info's) claims. */
	@Bean
	GrantedAuthoritiesMapper identityProviderGrants(ClaimsMapping claims) {
		return claims::mapOidc;
	}

	@Bean
	CorsConfigurationSource corsConfiguration(SecuritySettings settings) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!settings.cors().allowedOrigins().isEmpty()) {
			CorsConfiguration api = new CorsConfiguration();
			api.setAllowedOrigins(settings.cors().allowedOrigins());
			api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
			api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH));
			api.setExposedHeaders(List.of("X-Total-Count", HttpHeaders.ETAG, HttpHeaders.LOCATION));
			api.setAllowCredentials(false);
			source.registerCorsConfiguration("/api/**", api);
		}
		return source;
	}

	/**
	 * The CSRF token travels in a cookie the page can read (SameSite=Strict) and comes back in the
	 * {@code X-XSRF-TOKEN} header (or the sign-in form's {@code _csrf} field).
	 */
	private static CookieServerCsrfTokenRepository csrfCookie() {
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
		return repository;
	}

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	/**
	 * CSRF protects credentials a browser sends by itself, cookies. A write that carries its credentials in the
	 * Authorization header (Basic or bearer) needs no token, and one that carries no cookie has no session to
	 * abuse (it is refused 401 if the endpoint needs a principal); the sign-in and sign-out forms always need one.
	 */
	static final ServerWebExchangeMatcher CSRF_REQUIRED = exchange -> {
		var request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		boolean form = path.equals(SIGN_IN) || path.equals(SIGN_OUT);
		boolean required = !SAFE.contains(request.getMethod())
				&& !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
				&& (form || !request.getCookies().isEmpty());
		return required ? MatchResult.match() : MatchResult.notMatch();
	};

	/**
	 * Makes sure a browser has the CSRF cookie before it needs it (the sign-in page's form, the page's first
	 * write); clients that send an Authorization header never need one, so they are not given one.
	 */
	private static final WebFilter CSRF_COOKIE_FOR_BROWSERS = (exchange, chain) -> {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token == null || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
			return chain.filter(exchange);
		}
		return token.then(chain.filter(exchange));
	};

	private static RedirectServerLogoutSuccessHandler signedOut() {
		RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
		handler.setLogoutSuccessUrl(URI.create(SIGN_IN + "?signed-out"));
		return handler;
	}

	private static Mono<Void> redirect(ServerWebExchange exchange, String location) {
		exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
		exchange.getResponse().getHeaders().setLocation(URI.create(location));
		return exchange.getResponse().setComplete();
	}
}
