package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A force's own identity provider: bearer JWTs for API clients and OpenID Connect sign-in for browsers, with
 * roles and forces from the tokens' claims. Every token here is a real RS256 JWT fetched over HTTP from the
 * tests' provider ({@link StubIdentityProvider}), which the app knows only by its issuer URL (discovery, JWKS).
 */
class IdentityProviderTests extends ApiTest {

	private static final StubIdentityProvider provider = StubIdentityProvider.shared()
		.client("api-viewer", "s1", Map.of("sub", "svc-1", "roles", List.of("viewer")), StubIdentityProvider.AUDIENCE,
				Duration.ofMinutes(5), false)
		.client("api-editor", "s2", Map.of("sub", "svc-2", "preferred_username", "aford-editor",
				"roles", "editor", "forces", List.of("aford")), StubIdentityProvider.AUDIENCE, Duration.ofMinutes(5), false)
		.client("api-expired", "s3", Map.of("sub", "svc-3", "roles", List.of("admin")), StubIdentityProvider.AUDIENCE,
				Duration.ofMinutes(-5), false)
		.client("api-other-audience", "s4", Map.of("sub", "svc-4", "roles", List.of("admin")), "another-application",
				Duration.ofMinutes(5), false)
		.client("api-forged", "s5", Map.of("sub", "svc-5", "roles", List.of("admin")), StubIdentityProvider.AUDIENCE,
				Duration.ofMinutes(5), true)
		.clientOfIssuer("api-other-tenant", "s7", Map.of("sub", "svc-7", "roles", List.of("admin")),
				"https://idp.example.org/another-tenant");

	/** Another issuer, trusted by nobody here, handing out otherwise perfect tokens. */
	private static final StubIdentityProvider stranger = new StubIdentityProvider()
		.client("api-admin", "s6", Map.of("sub", "svc-6", "roles", List.of("admin")), StubIdentityProvider.AUDIENCE,
				Duration.ofMinutes(5), false);

	@AfterAll
	static void stopTheStranger() {
		stranger.close();
	}

	private WebTestClient bearer(String token) {
		return anonymous().mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
	}

	@Test
	void aTokenFromTheProviderSignsInWithTheRolesAndForcesItsClaimsGrant() {
		load(Fixtures.tinyRegister());
		WebTestClient viewer = bearer(provider.accessToken("api-viewer"));
		viewer.get().uri("/api/account").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.via").isEqualTo("jwt").jsonPath("$.name").isEqualTo("svc-1")
			.jsonPath("$.roles").isEqualTo(List.of("viewer"));
		viewer.get().uri("/api/forces").exchange().expectStatus().isOk();
		viewer.put().uri("/api/forces/aford").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "A Police", "region", "North")).exchange().expectStatus().isForbidden();

		WebTestClient editor = bearer(provider.accessToken("api-editor"));
		editor.get().uri("/api/account").exchange().expectBody().jsonPath("$.name").isEqualTo("aford-editor")
			.jsonPath("$.forces").isEqualTo(List.of("aford"));
		editor.put().uri("/api/forces/aford").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "A Constabulary", "region", "North")).exchange().expectStatus().isOk();
		editor.put().uri("/api/forces/bford").header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "B Constabulary", "region", "North")).exchange().expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anExpiredTokenIsRefused() {
		bearer(provider.accessToken("api-expired")).get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).containsIgnoringCase("expired"));
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() {
		bearer(provider.accessToken("api-other-audience")).get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("aud"));
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() {
		bearer(stranger.accessToken("api-admin")).get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void aTokenNamingAnotherIssuerIsRefusedThoughSignedWithATrustedKey() {
		bearer(provider.accessToken("api-other-tenant")).get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].reason").value(r -> assertThat((String) r).contains("iss"));
	}

	@Test
	void aTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() {
		bearer(provider.accessToken("api-forged")).get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, v -> assertThat(v).contains("invalid_token"));
	}

	@Test
	void aTamperedTokenIsRefused() {
		String token = provider.accessToken("api-viewer");
		String[] parts = token.split("\\.");
		String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
		String promoted = java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(claims.replace("\"viewer\"", "\"admin\"").getBytes());
		bearer(parts[0] + "." + promoted + "." + parts[2]).get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void aBrowserSignsInThroughTheProviderAndGetsTheRolesOfItsIdToken() throws Exception {
		var options = anonymous().get().uri("/api/sign-in").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.providers[0].name").isEqualTo("Test identity provider")
			.jsonPath("$.providers[0].url").isEqualTo("/oauth2/authorization/stub");
		assertThat(options).isNotNull();

		// 1. the app sends the browser to the provider, remembering the request in a session
		var start = anonymous().get().uri("/oauth2/authorization/stub").exchange()
			.expectStatus().is3xxRedirection().returnResult(Void.class);
		URI toProvider = start.getResponseHeaders().getLocation();
		ResponseCookie before = start.getResponseCookies().getFirst("SESSION");
		assertThat(toProvider.toString()).startsWith(provider.issuer() + "/authorize");

		// 2. the provider signs the user in and sends the browser back with a code
		URI back;
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(toProvider).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(answer.statusCode()).isEqualTo(302);
			back = URI.create(answer.headers().firstValue("Location").orElseThrow());
		}

		// 3. the app exchanges the code for tokens over HTTP, checks the ID token, and signs the session in
		var done = anonymous().get().uri(back)
			.cookie("SESSION", before.getValue()).exchange()
			.expectStatus().is3xxRedirection().returnResult(Void.class);
		assertThat(done.getResponseHeaders().getLocation()).hasToString("/");
		ResponseCookie session = done.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.getValue()).isNotEqualTo(before.getValue());

		anonymous().get().uri("/api/account").cookie("SESSION", session.getValue()).exchange()
			.expectStatus().isOk().expectBody()
			.jsonPath("$.name").isEqualTo("oidc-alice")
			.jsonPath("$.via").isEqualTo("oidc")
			.jsonPath("$.roles").isEqualTo(List.of("viewer", "contact-viewer"))
			.jsonPath("$.local").isEqualTo(false);
	}
}
