package org.concordat.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.concordat.security.CredentialCache;
import org.concordat.security.Role;
import org.concordat.web.ConflictException;
import org.concordat.web.FieldError;
import org.concordat.web.InvalidInputException;
import org.concordat.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Creating, changing and removing local accounts, with their rules: a username of lower-case letters, digits
 * and {@code . _ @ -}; passwords of 12 to 72 bytes (BCrypt reads no further) hashed with the
 * {@link PasswordEncoder}; roles by their labels; forces only for {@code editor}, each one the register
 * holds; and always at least one enabled admin. Every change forgets the account's cached credentials.
 */
@Component
public class Accounts {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

	static final int SHORTEST_PASSWORD = 12;

	static final int LONGEST_PASSWORD_BYTES = 72;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository repository;

	private final PasswordEncoder encoder;

	private final CredentialCache cache;

	private final AccountAudit audit;

	Accounts(AccountRepository repository, PasswordEncoder encoder, CredentialCache cache, AccountAudit audit) {
		this.repository = repository;
		this.encoder = encoder;
		this.cache = cache;
		this.audit = audit;
	}

	/** A created account, with its password when it was generated (shown this once, never stored in clear). */
	record Created(Account account, String password) {
	}

	Mono<Created> create(AccountRequest request) {
		List<FieldError> errors = new ArrayList<>();
		String username = username(request.username(), errors);
		if (request.password() != null) {
			checkPassword("password", request.password(), errors);
		}
		List<String> roles = roles(request.roles(), errors);
		List<String> forces = forcesShape(roles, request.forces(), errors);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidInputException(errors));
		}
		String password = request.password() == null ? generatePassword() : request.password();
		boolean enabled = request.enabled() == null || request.enabled();
		return hash(password).flatMap(hash -> audit.transactional(knownForces(forces)
			.then(repository.find(username).hasElement())
			.flatMap(taken -> taken
					? Mono.error(new ConflictException("username", "an account named '" + username + "' already exists"))
					: repository.create(username, hash, roles, forces, enabled))
			.then(Mono.defer(() -> repository.find(username)))
			.flatMap(stored -> audit.account("create", username, null, stored.account(), true).thenReturn(stored))))
			.doOnNext(created -> cache.forget(username))
			.map(stored -> new Created(stored.account(), request.password() == null ? password : null));
	}

	Mono<Account> update(String username, AccountRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.username() != null && !request.username().toLowerCase(Locale.ROOT).equals(username)) {
			errors.add(new FieldError("username", "cannot be changed; create a new account instead"));
		}
		if (request.password() != null) {
			errors.add(new FieldError("password", "is changed with PUT /api/accounts/" + username + "/password"));
		}
		List<String> roles = roles(request.roles(), errors);
		List<String> forces = forcesShape(roles, request.forces(), errors);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidInputException(errors));
		}
		boolean enabled = request.enabled() == null || request.enabled();
		return audit.transactional(existing(username).flatMap(before -> knownForces(forces)
			.then(Mono.defer(() -> repository.update(username, roles, forces, enabled)))
			.flatMap(changed -> changed ? repository.find(username)
					: Mono.error(new ConflictException("roles", "'" + username
							+ "' is the last enabled admin: make another admin first")))
			.flatMap(after -> audit.account("update", username, before.account(), after.account(), false)
				.thenReturn(after))))
			.doOnNext(changed -> cache.forget(username))
			.map(AccountRepository.Stored::account);
	}

	Mono<Void> delete(String username) {
		return audit.transactional(existing(username).flatMap(before -> repository.delete(username)
			.flatMap(gone -> gone ? audit.account("delete", username, before.account(), null, false)
					: Mono.error(new ConflictException("username", "'" + username
							+ "' is the last enabled admin: make another admin first")))))
			// before the answer leaves (doFinally ran after it: a client could use the revoked credential once more)
			.doOnTerminate(() -> cache.forget(username))
			.doOnCancel(() -> cache.forget(username));
	}

	/** Sets the password (generated when {@code password} is null); answers the generated one, else empty. */
	Mono<String> setPassword(String username, String password) {
		List<FieldError> errors = new ArrayList<>();
		if (password != null) {
			checkPassword("password", password, errors);
		}
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidInputException(errors));
		}
		String chosen = password == null ? generatePassword() : password;
		return hash(chosen).flatMap(hash -> audit.transactional(existing(username)
			.flatMap(before -> repository.setPassword(username, hash)
				.flatMap(done -> audit.account("update", username, before.account(), before.account(), true)
					.thenReturn(done)))))
			.doOnNext(done -> cache.forget(username))
			.flatMap(done -> password == null ? Mono.just(chosen) : Mono.empty());
	}

	/** The account holder's own change: the current password must be right. */
	Mono<Void> changeOwnPassword(String username, String current, String password) {
		List<FieldError> errors = new ArrayList<>();
		if (current == null) {
			errors.add(new FieldError("current", "must be given"));
		}
		checkPassword("password", password, errors);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidInputException(errors));
		}
		return repository.find(username)
			.switchIfEmpty(Mono.error(new NotFoundException("username", "local account", username)))
			.flatMap(stored -> Mono.fromCallable(() -> encoder.matches(current, stored.passwordHash()))
				.subscribeOn(Schedulers.parallel()))
			.flatMap(right -> right ? hash(password) : Mono.error(new InvalidInputException("current", "is not the current password")))
			.flatMap(hash -> audit.transactional(existing(username)
				.flatMap(before -> repository.setPassword(username, hash)
					.then(audit.account("update", username, before.account(), before.account(), true)))))
			.doOnSuccess(done -> cache.forget(username));
	}

	/**
	 * Creates the account, or gives an existing one this password and these roles: for the first start and for
	 * commands run on the server's machine (the benchmarks' own account), never for a request.
	 */
	public Mono<Void> ensure(String username, String password, List<Role> roles) {
		return ensure(username, password, roles, List.of());
	}

	/** {@link #ensure(String, String, List)} with the forces an editor edits for. */
	public Mono<Void> ensure(String username, String password, List<Role> roles, List<String> forces) {
		List<String> labels = roles.stream().map(Role::label).sorted().toList();
		List<String> sortedForces = forces.stream().sorted().toList();
		return hash(password).flatMap(hash -> audit.transactional(repository.find(username)
			.flatMap(existing -> repository.update(username, labels, sortedForces, true)
				.then(repository.setPassword(username, hash))
				.then(repository.find(username))
				.flatMap(after -> audit.account("update", username, existing.account(), after.account(), true))
				.thenReturn(true)) // not empty: else the account would be created again below
			.switchIfEmpty(Mono.defer(() -> repository.create(username, hash, labels, sortedForces, true)
				.then(repository.find(username))
				.flatMap(after -> audit.account("create", username, null, after.account(), true))
				.thenReturn(true)))))
			.doOnNext(done -> cache.forget(username))
			.then();
	}

	/** Whether any local account exists yet (none: the first start). */
	public Mono<Boolean> anyExist() {
		return repository.count().map(n -> n > 0);
	}

	public static String generatePassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Mono<AccountRepository.Stored> existing(String username) {
		return repository.find(username).switchIfEmpty(Mono.error(new NotFoundException("username", "account", username)));
	}

	/** BCrypt takes tens of milliseconds by design: not on an event-loop thread. */
	private Mono<String> hash(String password) {
		return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.parallel());
	}

	private Mono<Void> knownForces(List<String> forces) {
		if (forces.isEmpty()) {
			return Mono.empty();
		}
		return repository.knownForces(forces).collect(java.util.stream.Collectors.toSet()).flatMap(known -> {
			List<FieldError> errors = new ArrayList<>();
			for (int i = 0; i < forces.size(); i++) {
				if (!known.contains(forces.get(i))) {
					errors.add(new FieldError("forces[" + i + "]", "no force with id '" + forces.get(i) + "'"));
				}
			}
			return errors.isEmpty() ? Mono.empty() : Mono.error(new InvalidInputException(errors));
		});
	}

	private static String username(String username, List<FieldError> errors) {
		if (username == null) {
			errors.add(new FieldError("username", "must be given"));
			return null;
		}
		String normal = username.toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(normal).matches()) {
			errors.add(new FieldError("username",
					"must be 1 to 64 letters, digits or . _ @ -, starting with a letter or digit"));
		}
		return normal;
	}

	static void checkPassword(String field, String password, List<FieldError> errors) {
		if (password == null) {
			errors.add(new FieldError(field, "must be given"));
		}
		else if (password.codePointCount(0, password.length()) < SHORTEST_PASSWORD) {
			errors.add(new FieldError(field, "must be at least " + SHORTEST_PASSWORD + " characters"));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
			errors.add(new FieldError(field, "must be at most " + LONGEST_PASSWORD_BYTES + " bytes in UTF-8"));
		}
	}

	private static List<String> roles(List<String> roles, List<FieldError> errors) {
		if (roles == null || roles.isEmpty()) {
			errors.add(new FieldError("roles", "must name at least one of " + labels()));
			return List.of();
		}
		Set<String> valid = new TreeSet<>();
		for (int i = 0; i < roles.size(); i++) {
			String label = roles.get(i);
			var role = Role.fromLabel(label);
			if (role.isEmpty()) {
				errors.add(new FieldError("roles[" + i + "]", "'" + label + "' is not one of " + labels()));
			}
			else {
				valid.add(role.get().label());
			}
		}
		return List.copyOf(valid);
	}

	private static List<String> forcesShape(List<String> roles, List<String> forces, List<FieldError> errors) {
		List<String> given = forces == null ? List.of() : forces;
		boolean editor = roles.contains(Role.EDITOR.label());
		if (editor && given.isEmpty()) {
			errors.add(new FieldError("forces", "an editor needs at least one force to edit for"));
		}
		if (!editor && !given.isEmpty()) {
			errors.add(new FieldError("forces", "apply to the editor role only"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			if (given.get(i) == null || given.get(i).isBlank()) {
				errors.add(new FieldError("forces[" + i + "]", "must be a force id"));
			}
			else if (!seen.add(given.get(i))) {
				errors.add(new FieldError("forces[" + i + "]", "'" + given.get(i) + "' is listed twice"));
			}
		}
		return given.stream().filter(f -> f != null && !f.isBlank()).distinct().sorted().toList();
	}

	private static String labels() {
		return java.util.Arrays.stream(Role.values()).map(Role::label).toList().toString();
	}
}
