package org.concordat.account;

import java.util.List;
import java.util.Locale;

import org.concordat.security.Grants;
import org.concordat.security.Role;
import org.springframework.security.core.userdetails.ReactiveUserDetailsPasswordService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Local accounts as Spring Security reads them to check a password (HTTP Basic and the sign-in form). */
@Component
class AccountUserDetails implements ReactiveUserDetailsService, ReactiveUserDetailsPasswordService {

	private final AccountRepository repository;

	AccountUserDetails(AccountRepository repository) {
		this.repository = repository;
	}

	@Override
	public Mono<UserDetails> findByUsername(String username) {
		return repository.find(username.toLowerCase(Locale.ROOT)).map(stored -> User.withUsername(stored.username())
			.password(stored.passwordHash())
			.authorities(Grants.authorities(roles(stored.roles()), stored.forces()))
			.disabled(!stored.enabled())
			.build());
	}

	/** A hash made by an outdated scheme is replaced at a successful sign-in. */
	@Override
	public Mono<UserDetails> updatePassword(UserDetails user, String newPassword) {
		return repository.setPassword(user.getUsername(), newPassword)
			.thenReturn(User.withUserDetails(user).password(newPassword).build());
	}

	static List<Role> roles(List<String> labels) {
		return labels.stream().map(Role::fromLabel).flatMap(java.util.Optional::stream).toList();
	}
}
