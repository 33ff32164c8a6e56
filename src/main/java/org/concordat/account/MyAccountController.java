package org.concordat.account;

import java.net.URI;
import java.util.List;

import org.concordat.security.Actor;
import org.concordat.web.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The signed-in principal's own account: who it is and what it may do (the explorer shows and hides by it),
 * and for local accounts its password and API tokens.
 */
@RestController
@RequestMapping("/api/account")
class MyAccountController {

	private final Accounts accounts;

	private final ApiTokens tokens;

	MyAccountController(Accounts accounts, ApiTokens tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	/**
	 * @param via how it signed in: {@code password} (HTTP Basic or the sign-in page), {@code token}, {@code oidc}
	 *        or {@code jwt}
	 * @param local whether it is a local account (which may change its password and issue tokens here)
	 */
	record Me(String name, String via, List<String> roles, List<String> forces, boolean local) {
	}

	@GetMapping
	Mono<Me> me() {
		return Actor.current().map(actor -> new Me(actor.name(), actor.via(), actor.grants().roleLabels(),
				actor.grants().forces().stream().sorted().toList(), local(actor)));
	}

	record PasswordChange(String current, String password) {
	}

	@PutMapping("/password")
	Mono<ResponseEntity<Void>> changePassword(@RequestBody PasswordChange change) {
		return local().flatMap(actor -> accounts.changeOwnPassword(actor.name(), change.current(), change.password()))
			.thenReturn(ResponseEntity.noContent().build());
	}

	@GetMapping("/tokens")
	Mono<List<AccountRepository.TokenInfo>> tokens() {
		return local().flatMap(actor -> tokens.list(actor.name()).collectList());
	}

	record TokenRequest(String name, Integer days) {
	}

	/** 201 with the token, shown this once. Issued only to a password sign-in, so a token cannot renew itself. */
	@PostMapping("/tokens")
	Mono<ResponseEntity<ApiTokens.Issued>> issue(@RequestBody TokenRequest request) {
		return local().flatMap(actor -> "password".equals(actor.via()) ? tokens.issue(actor.name(), request.name(), request.days())
				: Mono.error(new ConflictException("Authorization", "sign in with the account's password to issue a token")))
			.map(issued -> ResponseEntity.created(URI.create("/api/account/tokens/" + issued.id())).body(issued));
	}

	@DeleteMapping("/tokens/{id}")
	Mono<ResponseEntity<Void>> revoke(@PathVariable String id) {
		return local().flatMap(actor -> tokens.revoke(actor.name(), id)).thenReturn(ResponseEntity.noContent().build());
	}

	private static boolean local(Actor actor) {
		return "password".equals(actor.via()) || "token".equals(actor.via());
	}

	private static Mono<Actor> local() {
		return Actor.current().flatMap(actor -> local(actor) ? Mono.just(actor)
				: Mono.error(new ConflictException("Authorization",
						"signed in through an identity provider: manage the password and tokens there")));
	}
}
