package org.concordat.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.concordat.Fixtures;
import org.concordat.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Admins manage local accounts through the API; nobody else may. */
class AccountApiTests extends ApiTest {

	@BeforeEach
	void register() {
		load(Fixtures.tinyRegister());
		web.delete().uri("/api/accounts/kent-editor").exchange();
		web.delete().uri("/api/accounts/own-changer").exchange();
	}

	private WebTestClient.ResponseSpec create(Map<String, Object> account) {
		return web.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON).bodyValue(account).exchange();
	}

	@Test
	void theFirstStartMadeTheAdminWithTheConfiguredPassword() {
		web.get().uri("/api/accounts/admin").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.roles").isEqualTo(List.of("admin")).jsonPath("$.enabled").isEqualTo(true)
			.jsonPath("$.passwordHash").doesNotExist();
	}

	@Test
	void anAdminCreatesAnEditorWithAGeneratedPasswordShownOnceThenChangesAndRemovesIt() {
		String password = (String) create(Map.of("username", "Kent-Editor", "roles", List.of("editor"),
				"forces", List.of("aford", "bford")))
			.expectStatus().isCreated()
			.expectHeader().location("/api/accounts/kent-editor")
			.expectBody(Map.class).returnResult().getResponseBody().get("password");
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		as("kent-editor", password).get().uri("/api/account").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.roles").isEqualTo(List.of("viewer", "contact-viewer", "editor"))
			.jsonPath("$.forces").isEqualTo(List.of("aford", "bford"));
		web.get().uri("/api/accounts").exchange().expectStatus().isOk().expectHeader().exists("X-Total-Count")
			.expectBody(String.class).value(body -> assertThat(body).contains("kent-editor").doesNotContain(password)
				.doesNotContain("bcrypt"));

		web.put().uri("/api/accounts/kent-editor").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("viewer"), "enabled", true)).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.forces").isEqualTo(List.of());
		as("kent-editor", password).get().uri("/api/account").exchange().expectBody()
			.jsonPath("$.roles").isEqualTo(List.of("viewer"));

		web.put().uri("/api/accounts/kent-editor").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("viewer"), "enabled", false)).exchange().expectStatus().isOk();
		as("kent-editor", password).get().uri("/api/account").exchange().expectStatus().isUnauthorized();

		web.delete().uri("/api/accounts/kent-editor").exchange().expectStatus().isNoContent();
		web.get().uri("/api/accounts/kent-editor").exchange().expectStatus().isNotFound();
	}

	@Test
	@SuppressWarnings("unchecked")
	void badAccountsAreRefusedNamingEveryField() {
		create(Map.of("username", "no spaces", "password", "short", "roles", List.of("editor", "sheriff"),
				"forces", List.of("nowhere")))
			.expectStatus().isBadRequest()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[*].field")
			.value(fields -> assertThat((List<String>) fields).contains("username", "password", "roles[1]"));
		create(Map.of("username", "ghost-editor", "roles", List.of("editor"), "forces", List.of("nowhere")))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("forces[0]");
		create(Map.of("username", "forceless", "roles", List.of("editor"))).expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("forces");
		create(Map.of("username", "admin", "roles", List.of("viewer"))).expectStatus().isEqualTo(409);
	}

	@Test
	void theLastEnabledAdminCannotBeDemotedDisabledOrDeleted() {
		web.put().uri("/api/accounts/admin").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("viewer"))).exchange().expectStatus().isEqualTo(409);
		web.put().uri("/api/accounts/admin").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of("admin"), "enabled", false)).exchange().expectStatus().isEqualTo(409);
		web.delete().uri("/api/accounts/admin").exchange().expectStatus().isEqualTo(409);
		web.get().uri("/api/account").exchange().expectStatus().isOk();
	}

	@Test
	void onlyAdminsManageAccounts() {
		for (WebTestClient other : List.of(as(Role.VIEWER), as(Role.EDITOR, "aford"), as(Role.OPERATOR))) {
			other.get().uri("/api/accounts").exchange().expectStatus().isForbidden();
			other.post().uri("/api/accounts").contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("username", "sneaky", "roles", List.of("admin"))).exchange().expectStatus().isForbidden();
		}
		anonymous().get().uri("/api/accounts").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anAccountHolderChangesItsOwnPasswordGivingTheCurrentOne() {
		create(Map.of("username", "own-changer", "password", "first-password-1", "roles", List.of("viewer")))
			.expectStatus().isCreated();
		WebTestClient holder = as("own-changer", "first-password-1");
		holder.put().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("current", "not-it-at-all", "password", "second-password-2")).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("current");
		holder.put().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("current", "first-password-1", "password", "second-password-2")).exchange()
			.expectStatus().isNoContent();
		as("own-changer", "second-password-2").get().uri("/api/account").exchange().expectStatus().isOk();
	}
}
