package org.concordat.account;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.concordat.web.NotFoundException;
import org.concordat.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins manage local accounts (the path is for {@code admin} only: see WebSecurityConfiguration). */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

	private final Accounts accounts;

	private final AccountRepository repository;

	AccountController(Accounts accounts, AccountRepository repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	@GetMapping
	Mono<ResponseEntity<List<Account>>> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		Paging paging = Paging.of(limit, offset);
		return Mono.zip(repository.count(), repository.list(paging).collectList())
			.map(page -> Paging.page(page.getT1(), page.getT2()));
	}

	@GetMapping("/{username}")
	Mono<Account> one(@PathVariable String username) {
		return repository.find(username.toLowerCase(Locale.ROOT)).map(AccountRepository.Stored::account)
			.switchIfEmpty(Mono.error(new NotFoundException("username", "account", username)));
	}

	/** 201 with the account; its password too when none was sent (generated, shown this once). */
	@PostMapping
	Mono<ResponseEntity<NewAccount>> create(@RequestBody AccountRequest request) {
		return accounts.create(request).map(created -> ResponseEntity
			.created(URI.create("/api/accounts/" + created.account().username()))
			.body(NewAccount.of(created)));
	}

	@PutMapping("/{username}")
	Mono<Account> update(@PathVariable String username, @RequestBody AccountRequest request) {
		return accounts.update(username.toLowerCase(Locale.ROOT), request);
	}

	/** Sets the password sent, or generates one and answers it (shown this once). */
	@PutMapping("/{username}/password")
	Mono<ResponseEntity<NewPassword>> password(@PathVariable String username, @RequestBody NewPassword request) {
		return accounts.setPassword(username.toLowerCase(Locale.ROOT), request.password())
			.map(generated -> ResponseEntity.ok(new NewPassword(generated)))
			.defaultIfEmpty(ResponseEntity.noContent().build());
	}

	@DeleteMapping("/{username}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String username) {
		return accounts.delete(username.toLowerCase(Locale.ROOT)).thenReturn(ResponseEntity.noContent().build());
	}

	/** An account as created: {@code password} only when it was generated. */
	record NewAccount(String username, List<String> roles, List<String> forces, boolean enabled, String created,
			String password) {

		static NewAccount of(Accounts.Created created) {
			Account a = created.account();
			return new NewAccount(a.username(), a.roles(), a.forces(), a.enabled(), a.created(), created.password());
		}
	}

	/** A password to set; {@code null} asks for a generated one. */
	record NewPassword(String password) {
	}
}
