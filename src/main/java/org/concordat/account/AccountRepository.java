package org.concordat.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concordat.db.Cypher;
import org.concordat.web.Paging;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Local accounts and their API tokens, kept in Neo4j beside the register (never part of it or of its export). */
@Component
class AccountRepository {

	/** An account with its stored password hash: for signing in, never for an answer. */
	record Stored(String username, String passwordHash, List<String> roles, List<String> forces, boolean enabled,
			String created) {

		Account account() {
			return new Account(username, roles, forces, enabled, created);
		}
	}

	/** A token's account and grants, as verified. */
	record TokenHolder(String username, List<String> roles, List<String> forces, String id) {
	}

	/** An issued token as listed: never the token, nor its digest. */
	record TokenInfo(String id, String name, String created, String expires) {
	}

	private static final String PROJECTION = """
			a {.username, .passwordHash, roles: coalesce(a.roles, []), forces: coalesce(a.forces, []),
			   enabled: coalesce(a.enabled, false), created: toString(a.created)} AS row""";

	private static final String FIND = "MATCH (a:Account {username: $username}) RETURN " + PROJECTION;

	private static final String PAGE = "MATCH (a:Account) WITH a ORDER BY a.username SKIP $offset LIMIT $limit RETURN "
			+ PROJECTION;

	private static final String COUNT = "MATCH (a:Account) RETURN count(a)";

	private static final String CREATE = """
			CREATE (a:Account {username: $username, passwordHash: $hash, roles: $roles, forces: $forces,
			  enabled: $enabled, created: datetime()})""";

	/** Refuses (changes nothing) when it would leave no enabled admin. */
	private static final String UPDATE = """
			MATCH (a:Account {username: $username})
			WITH a, COUNT { MATCH (o:Account) WHERE o <> a AND o.enabled AND 'admin' IN o.roles } AS otherAdmins
			WHERE otherAdmins > 0 OR ($enabled AND 'admin' IN $roles)
			SET a.roles = $roles, a.forces = $forces, a.enabled = $enabled
			RETURN count(a)""";

	private static final String DELETE = """
			MATCH (a:Account {username: $username})
			WITH a, COUNT { MATCH (o:Account) WHERE o <> a AND o.enabled AND 'admin' IN o.roles } AS otherAdmins
			WHERE otherAdmins > 0 OR NOT (a.enabled AND 'admin' IN a.roles)
			OPTIONAL MATCH (a)-[:HOLDS]->(t:ApiToken)
			DETACH DELETE t, a
			RETURN count(DISTINCT a)""";

	private static final String PASSWORD = """
			MATCH (a:Account {username: $username})
			SET a.passwordHash = $hash, a.passwordChanged = datetime()
			RETURN count(a)""";

	private static final String ISSUE = """
			MATCH (a:Account {username: $username})
			CREATE (a)-[:HOLDS]->(:ApiToken {id: $id, hash: $hash, name: $name, created: datetime(),
			  expires: datetime($expires)})""";

	private static final String TOKENS = """
			MATCH (:Account {username: $username})-[:HOLDS]->(t:ApiToken)
			WITH t ORDER BY t.created
			RETURN t {.id, .name, created: toString(t.created), expires: toString(t.expires)} AS row""";

	private static final String REVOKE = """
			MATCH (:Account {username: $username})-[:HOLDS]->(t:ApiToken {id: $id})
			DETACH DELETE t
			RETURN count(*)""";

	private static final String VERIFY = """
			MATCH (a:Account)-[:HOLDS]->(t:ApiToken {hash: $hash})
			WHERE a.enabled AND t.expires > datetime()
			RETURN {username: a.username, roles: a.roles, forces: a.forces, id: t.id} AS row""";

	private static final String KNOWN_FORCES = "MATCH (f:Force) WHERE f.id IN $ids RETURN {id: f.id} AS row";

	private final Cypher cypher;

	AccountRepository(Cypher cypher) {
		this.cypher = cypher;
	}

	Mono<Stored> find(String username) {
		return cypher.rows(FIND, Map.of("username", username), Stored.class).next();
	}

	Flux<Account> list(Paging paging) {
		return cypher.rows(PAGE, Map.of("offset", paging.offset(), "limit", paging.limit()), Stored.class)
			.map(Stored::account);
	}

	Mono<Long> count() {
		return cypher.count(COUNT, Map.of());
	}

	Mono<Void> create(String username, String hash, List<String> roles, List<String> forces, boolean enabled) {
		return cypher.run(CREATE, Map.of("username", username, "hash", hash, "roles", roles, "forces", forces,
				"enabled", enabled));
	}

	/** Whether it changed (false: it would have left no enabled admin). */
	Mono<Boolean> update(String username, List<String> roles, List<String> forces, boolean enabled) {
		return cypher.count(UPDATE, Map.of("username", username, "roles", roles, "forces", forces, "enabled", enabled))
			.map(n -> n > 0);
	}

	/** Whether it went (false: it is the last enabled admin). */
	Mono<Boolean> delete(String username) {
		return cypher.count(DELETE, Map.of("username", username)).map(n -> n > 0);
	}

	Mono<Boolean> setPassword(String username, String hash) {
		return cypher.count(PASSWORD, Map.of("username", username, "hash", hash)).map(n -> n > 0);
	}

	Mono<Void> issue(String username, String id, String hash, String name, Instant expires) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("username", username);
		parameters.put("id", id);
		parameters.put("hash", hash);
		parameters.put("name", name);
		parameters.put("expires", expires.toString());
		return cypher.run(ISSUE, parameters);
	}

	Flux<TokenInfo> tokens(String username) {
		return cypher.rows(TOKENS, Map.of("username", username), TokenInfo.class);
	}

	Mono<Boolean> revoke(String username, String id) {
		return cypher.count(REVOKE, Map.of("username", username, "id", id)).map(n -> n > 0);
	}

	Mono<TokenHolder> verify(String hash) {
		return cypher.rows(VERIFY, Map.of("hash", hash), TokenHolder.class).next();
	}

	Flux<String> knownForces(List<String> ids) {
		return cypher.maps(KNOWN_FORCES, Map.of("ids", ids)).map(row -> (String) row.get("id"));
	}
}
