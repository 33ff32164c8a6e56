package org.concordat.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small OpenID Connect provider for the tests, on loopback: discovery ({@code /.well-known/openid-configuration}),
 * its signing keys ({@code /jwks}), an authorization endpoint that signs in the client's user at once (no page),
 * and a token endpoint for the authorization-code grant (ID token and access token) and the
 * client-credentials grant (an access token for an API client). Tokens are RS256 JWTs signed with Nimbus JOSE,
 * as a real provider's are.
 *
 * <p>Each client is registered with the claims of the user it stands for, and with how its tokens are made:
 * the audience they carry, how long they live (a negative lifetime gives tokens that expired already), and
 * whether they are signed with a key the provider does not publish (so they fail verification).
 */
public final class StubIdentityProvider implements AutoCloseable {

	/** The audience the tests' API expects in access tokens. */
	public static final String AUDIENCE = "concordat";

	/** The browser sign-in's client, registered with the app as {@code stub}. */
	public static final String WEB_CLIENT = "concordat-web";

	public static final String WEB_SECRET = "concordat-web-secret";

	private static StubIdentityProvider shared;

	/**
	 * The provider every test context of the run is configured with (started on first use, stopped with the
	 * JVM). Its web client signs in as {@code oidc-alice}, a contact-viewer.
	 */
	public static synchronized StubIdentityProvider shared() {
		if (shared == null) {
			shared = new StubIdentityProvider();
			shared.client(WEB_CLIENT, WEB_SECRET, Map.of("sub", "alice-subject", "preferred_username", "oidc-alice",
					"roles", List.of("contact-viewer")), AUDIENCE, Duration.ofMinutes(5), false);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/** The app's settings for this provider: bearer JWTs from it, and browser sign-in through it. */
	public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
		String issuer = shared().issuer();
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
		String client = "spring.security.oauth2.client.registration.stub.";
		registry.add(client + "client-id", () -> WEB_CLIENT);
		registry.add(client + "client-secret", () -> WEB_SECRET);
		registry.add(client + "client-name", () -> "Test identity provider");
		registry.add(client + "scope", () -> "openid,profile");
		registry.add(client + "authorization-grant-type", () -> "authorization_code");
		registry.add(client + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add("spring.security.oauth2.client.provider.stub.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.client.provider.stub.user-name-attribute", () -> "preferred_username");
	}

	/** A registered client: its secret, the user's claims, and how its tokens are made. */
	record Client(String secret, Map<String, Object> claims, String audience, Duration lifetime, boolean rogueKey,
			String issuer) {
	}

	private final HttpServer server;

	private final RSAKey key;

	private final RSAKey rogue;

	private final Map<String, Client> clients = new ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	public StubIdentityProvider() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
			// the same key id, another key: what a forger would sign with
			this.rogue = new RSAKeyGenerator(2048).keyID("stub-key").generate();
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException | JOSEException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
		server.createContext("/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
		server.createContext("/authorize", this::authorize);
		server.createContext("/token", this::token);
		server.start();
	}

	public String issuer() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public StubIdentityProvider client(String id, String secret, Map<String, Object> claims, String audience,
			Duration lifetime, boolean rogueKey) {
		clients.put(id, new Client(secret, claims, audience, lifetime, rogueKey, null));
		return this;
	}

	/**
	 * A client whose tokens name another issuer though they are signed with this provider's published key (as a
	 * provider serving several tenants with one key would issue them).
	 */
	public StubIdentityProvider clientOfIssuer(String id, String secret, Map<String, Object> claims, String issuer) {
		clients.put(id, new Client(secret, claims, AUDIENCE, Duration.ofMinutes(5), false, issuer));
		return this;
	}

	/** Fetches an access token over HTTP with the client-credentials grant, as an API client would. */
	public String accessToken(String clientId) {
		Client client = clients.get(clientId);
		try (var http = java.net.http.HttpClient.newHttpClient()) {
			String basic = Base64.getEncoder().encodeToString((clientId + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
			var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(issuer() + "/token"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
			}
			return (String) json.readValue(response.body(), Map.class).get("access_token");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private Map<String, Object> discovery() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer());
		document.put("authorization_endpoint", issuer() + "/authorize");
		document.put("token_endpoint", issuer() + "/token");
		document.put("jwks_uri", issuer() + "/jwks");
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("scopes_supported", List.of("openid", "profile"));
		document.put("grant_types_supported", List.of("authorization_code", "client_credentials"));
		document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
		return document;
	}

	/** Signs in the client's user at once and sends the browser back with a code. */
	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
		Client client = clients.get(query.get("client_id"));
		if (client == null || !"code".equals(query.get("response_type"))) {
			json(exchange, 400, Map.of("error", "invalid_request"));
			return;
		}
		String code = UUID.randomUUID().toString();
		codes.put(code, query);
		String location = query.get("redirect_uri") + "?code=" + code + "&state="
				+ URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String clientId = body.get("client_id");
		String secret = body.get("client_secret");
		String basic = exchange.getRequestHeaders().getFirst("Authorization");
		if (basic != null && basic.startsWith("Basic ")) {
			String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
			clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
			secret = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
		}
		Client client = clients.get(clientId);
		if (client == null || !client.secret().equals(secret)) {
			json(exchange, 401, Map.of("error", "invalid_client"));
			return;
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token_type", "Bearer");
		answer.put("expires_in", Math.max(1, client.lifetime().toSeconds()));
		if ("client_credentials".equals(body.get("grant_type"))) {
			answer.put("access_token", sign(client, client.audience(), null));
		}
		else if ("authorization_code".equals(body.get("grant_type"))) {
			Map<String, String> authorization = codes.remove(body.get("code"));
			if (authorization == null || !clientId.equals(authorization.get("client_id"))) {
				json(exchange, 400, Map.of("error", "invalid_grant"));
				return;
			}
			answer.put("access_token", sign(client, client.audience(), null));
			// an ID token's audience is the client it was issued to
			answer.put("id_token", sign(client, clientId, authorization.get("nonce")));
			answer.put("scope", authorization.getOrDefault("scope", "openid"));
		}
		else {
			json(exchange, 400, Map.of("error", "unsupported_grant_type"));
			return;
		}
		json(exchange, 200, answer);
	}

	private String sign(Client client, String audience, String nonce) {
		Instant now = Instant.now();
		Instant expires = now.plus(client.lifetime());
		// a token that has expired was issued before it expired
		Instant issued = client.lifetime().isNegative() ? expires.minus(Duration.ofMinutes(10)) : now.minusSeconds(1);
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
			.issuer(client.issuer() == null ? issuer() : client.issuer())
			.audience(audience)
			.issueTime(Date.from(issued))
			.expirationTime(Date.from(expires))
			.jwtID(UUID.randomUUID().toString());
		client.claims().forEach(claims::claim);
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(client.rogueKey() ? rogue : key));
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
		return jwt.serialize();
	}

	private void json(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static Map<String, String> form(String encoded) {
		Map<String, String> values = new HashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			String[] parts = pair.split("=", 2);
			values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return values;
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
