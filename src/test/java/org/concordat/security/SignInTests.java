package org.concordat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.TestSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

/** Local accounts signing in: HTTP Basic, the sign-in page's form with its session and CSRF, API tokens. */
class SignInTests extends ApiTest {

	@Test
	void theApiAnswersAnonymousClients401ProblemJsonAndNeverRedirects() {
		anonymous().get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().doesNotExist(HttpHeaders.LOCATION)
			.expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.errors[0].field").isEqualTo("Authorization");
		var challenges = anonymous().get().uri("/api/forces").exchange().returnResult(String.class)
			.getResponseHeaders().get(HttpHeaders.WWW_AUTHENTICATE);
		assertThat(challenges).anyMatch(c -> c.startsWith("Bearer")).anyMatch(c -> c.startsWith("Basic"));
	}

	@Test
	void aBrowserIsNeverChallengedForBasicSoItNeverOffersAPasswordDialog() {
		var challenges = anonymous().get().uri("/api/forces").header("Sec-Fetch-Mode", "cors").exchange()
			.expectStatus().isUnauthorized().returnResult(String.class).getResponseHeaders()
			.get(HttpHeaders.WWW_AUTHENTICATE);
		assertThat(challenges).isNotEmpty().noneMatch(c -> c.startsWith("Basic"));
	}

	@Test
	void aBrowserAskingForThePageIsSentToTheSignInPage() {
		anonymous().get().uri("/").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().isSeeOther()
			.expectHeader().location("/signin");
	}

	@Test
	void aWrongPasswordIsRefused401WithTheReason() {
		as(TestSignIn.ADMIN, "not-the-password").get().uri("/api/forces").exchange()
			.expectStatus().isUnauthorized()
			.expectBody().jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains("refused"));
	}

	@Test
	void failedSignInsForAUsernameAreThrottledEvenWithTheRightPasswordThen() throws InterruptedException {
		var victim = as(Role.VIEWER); // creates test-viewer
		victim.get().uri("/api/forces").exchange().expectStatus().isOk();
		String username = "throttled-user";
		web.delete().uri("/api/accounts/" + username).exchange();
		web.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", "the-right-password", "roles", List.of("viewer")))
			.exchange().expectStatus().isCreated();
		for (int i = 0; i < 5; i++) {
			as(username, "a-wrong-password-" + i).get().uri("/api/forces").exchange().expectStatus().isUnauthorized();
		}
		as(username, "the-right-password").get().uri("/api/forces").exchange()
			.expectStatus().isEqualTo(429)
			.expectHeader().exists(HttpHeaders.RETRY_AFTER)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		// other accounts are not slowed
		victim.get().uri("/api/forces").exchange().expectStatus().isOk();
		Thread.sleep(1_100);
		as(username, "the-right-password").get().uri("/api/forces").exchange().expectStatus().isOk();
	}

	@Test
	void theSignInFormGivesAnHttpOnlySameSiteSessionWhoseWritesNeedTheCsrfToken() {
		load(Fixtures.tinyRegister());
		String csrf = csrfCookie();
		var signedIn = anonymous().post().uri("/signin").cookie("XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", TestSignIn.ADMIN).with("password", TestSignIn.ADMIN_PASSWORD)
				.with("_csrf", csrf))
			.exchange()
			.expectStatus().is3xxRedirection()
			.expectHeader().location("/")
			.returnResult(Void.class);
		ResponseCookie session = signedIn.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");

		anonymous().get().uri("/api/account").cookie("SESSION", session.getValue()).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("admin").jsonPath("$.via").isEqualTo("password")
			.jsonPath("$.roles").value(roles -> assertThat((List<Object>) roles).contains("admin", "viewer"));

		var function = Map.of("id", "dogs-2", "name", "Dogs (2)");
		anonymous().post().uri("/api/functions").cookie("SESSION", session.getValue()).cookie("XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(function).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("X-XSRF-TOKEN");
		anonymous().post().uri("/api/functions").cookie("SESSION", session.getValue()).cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf).contentType(MediaType.APPLICATION_JSON).bodyValue(function).exchange()
			.expectStatus().isCreated();

		anonymous().post().uri("/signout").cookie("SESSION", session.getValue()).cookie("XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData("_csrf", csrf))
			.exchange().expectStatus().is3xxRedirection().expectHeader().location("/signin?signed-out");
		anonymous().get().uri("/api/account").cookie("SESSION", session.getValue()).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void signingInGivesANewSessionIdSoAFixedOneIsWorthless() {
		String csrf = csrfCookie();
		// an anonymous browser is given no session an attacker could obtain and plant
		ResponseCookie given = anonymous().get().uri("/").accept(MediaType.TEXT_HTML).exchange()
			.returnResult(Void.class).getResponseCookies().getFirst("SESSION");
		assertThat(given).isNull();
		// and a planted id is not adopted: signing in gives one of the server's own
		var form = BodyInserters.fromFormData("username", TestSignIn.ADMIN).with("password", TestSignIn.ADMIN_PASSWORD)
			.with("_csrf", csrf);
		ResponseCookie session = anonymous().post().uri("/signin").cookie("XSRF-TOKEN", csrf)
			.cookie("SESSION", "planted-session-id").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
			.exchange().expectStatus().is3xxRedirection().returnResult(Void.class).getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(session.getValue()).isNotEqualTo("planted-session-id");
		anonymous().get().uri("/api/account").cookie("SESSION", "planted-session-id").exchange()
			.expectStatus().isUnauthorized();
		anonymous().get().uri("/api/account").cookie("SESSION", session.getValue()).exchange().expectStatus().isOk();
	}

	@Test
	void theSignInFormRefusesAPostWithoutTheCsrfTokenAndSaysWhenThePasswordIsWrong() {
		anonymous().post().uri("/signin").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", TestSignIn.ADMIN).with("password", TestSignIn.ADMIN_PASSWORD))
			.exchange().expectStatus().isForbidden();
		String csrf = csrfCookie();
		anonymous().post().uri("/signin").cookie("XSRF-TOKEN", csrf).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "nobody-here").with("password", "wrong-password").with("_csrf", csrf))
			.exchange().expectStatus().isSeeOther().expectHeader().location("/signin?error");
	}

	@Test
	void aChangedPasswordTakesEffectAtOnceDespiteTheCredentialCache() {
		var viewer = as(Role.VIEWER);
		viewer.get().uri("/api/forces").exchange().expectStatus().isOk();
		viewer.get().uri("/api/forces").exchange().expectStatus().isOk(); // from the cache now
		try {
			web.put().uri("/api/accounts/test-viewer/password").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("password", "another-password-1")).exchange().expectStatus().isNoContent();
			viewer.get().uri("/api/forces").exchange().expectStatus().isUnauthorized();
			as("test-viewer", "another-password-1").get().uri("/api/forces").exchange().expectStatus().isOk();
		}
		finally {
			web.put().uri("/api/accounts/test-viewer/password").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("password", TEST_PASSWORD)).exchange().expectStatus().isNoContent();
		}
	}

	@Test
	void anAccountIssuesApiTokensThatSignInAsItUntilRevoked() {
		var viewer = as(Role.VIEWER);
		EntityExchangeResult<Map> issued = viewer.post().uri("/api/account/tokens").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "nightly report", "days", 30)).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult();
		String token = (String) issued.getResponseBody().get("token");
		String id = (String) issued.getResponseBody().get("id");
		assertThat(token).startsWith("cct_").hasSizeGreaterThan(40);

		var withToken = anonymous().mutate().defaultHeaders(h -> h.setBearerAuth(token)).build();
		withToken.get().uri("/api/account").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.name").isEqualTo("test-viewer").jsonPath("$.via").isEqualTo("token");
		withToken.get().uri("/api/forces").exchange().expectStatus().isOk();
		// a token cannot make more tokens (so it cannot outlive itself)
		withToken.post().uri("/api/account/tokens").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "child")).exchange().expectStatus().isEqualTo(409);
		// listed by name and expiry, never the token
		viewer.get().uri("/api/account/tokens").exchange().expectStatus().isOk()
			.expectBody(String.class).value(body -> assertThat(body).contains("nightly report").doesNotContain(token)
				.doesNotContain("hash"));

		viewer.delete().uri("/api/account/tokens/" + id).exchange().expectStatus().isNoContent();
		withToken.get().uri("/api/forces").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anUnknownBearerTokenIsRefused() {
		anonymous().mutate().defaultHeaders(h -> h.setBearerAuth("cct_not-a-token")).build()
			.get().uri("/api/forces").exchange().expectStatus().isUnauthorized();
		anonymous().mutate().defaultHeaders(h -> h.setBearerAuth("not.a.jwt")).build()
			.get().uri("/api/forces").exchange().expectStatus().isUnauthorized()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/** The CSRF cookie a browser gets on its first visit. */
	private String csrfCookie() {
		ResponseCookie cookie = anonymous().get().uri("/api/sign-in").exchange().expectStatus().isOk()
			.returnResult(Void.class).getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
		return cookie.getValue();
	}
}
