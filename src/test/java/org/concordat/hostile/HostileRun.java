package org.concordat.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concordat.hostile.HostileCases.HostileCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends generated hostile requests to a running app, one after another, and checks every answer:
 * <ol>
 * <li>never a 5xx;</li>
 * <li>a case that must be refused ({@link HostileCase#mustRefuse()}) is answered 4xx (or, for a request accepted
 * to run in the background, 202, ends failed);</li>
 * <li>every 4xx is RFC 9457 problem+json whose {@code errors} name a field and a reason;</li>
 * <li>a write that was refused changed nothing: the export is byte for byte the one before;</li>
 * <li>a write that was accepted changed only what it named: every entity whose export differs (and every local
 * account whose roles, forces or state differ) has an id the request mentions (a {@code mode=replace} import
 * replaces everything, so it is exempt); the register is then put back as it was (an import in replace mode of
 * the export before; the versions are new then), and the accounts too, so every case starts from the same
 * register.</li>
 * </ol>
 * Reads are checked for changes every {@link #READ_CHECK_EVERY} cases and at the end.
 */
final class HostileRun {

	static final int READ_CHECK_EVERY = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> SECTIONS = List.of("functions", "forces", "collaborations", "people", "lessons");

	/** What one case got back. */
	record Answer(int status, String contentType, String etag, byte[] body) {

		String excerpt() {
			return status + " " + (contentType == null ? "" : contentType + " ")
					+ HostileCases.excerpt(new String(body, StandardCharsets.UTF_8), 300);
		}
	}

	record Violation(String rule, String request, String answer) {
	}

	/** Counts of one operation's cases. */
	static final class Tally {

		int cases;

		int ok;

		int refused;

		int serverErrors;

		int mustRefuse;

		@Override
		public String toString() {
			return cases + " cases: " + ok + " × 2xx, " + refused + " × 4xx, " + serverErrors + " × 5xx; " + mustRefuse
					+ " had to be refused";
		}
	}

	/** The whole run: what was sent, what came back, and every rule broken. */
	record Report(long seed, int firstCase, int cases, long elapsedMillis, Map<Integer, Integer> statuses,
			Map<String, Tally> operations, int mustRefuse, int writesAccepted, int restores,
			List<Violation> violations) {

		String markdown() {
			StringBuilder out = new StringBuilder();
			out.append("Hostile-input run: seed ").append(seed).append(", cases ").append(firstCase).append(" to ")
				.append(firstCase + cases - 1).append(" (").append(cases).append("), ")
				.append(String.format("%,d", elapsedMillis / 1000)).append(" s\n\n");
			int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
				.mapToInt(Map.Entry::getValue).sum();
			out.append("- answers by status: ").append(statuses).append('\n');
			out.append("- 5xx: ").append(serverErrors).append('\n');
			out.append("- cases that had to be refused: ").append(mustRefuse).append('\n');
			out.append("- writes accepted (then undone): ").append(writesAccepted).append(", register restored ")
				.append(restores).append(" times\n");
			out.append("- rules broken: ").append(violations.size()).append("\n\n");
			out.append("| operation | cases | 2xx | 4xx | 5xx | had to be refused |\n|---|---|---|---|---|---|\n");
			operations.forEach((operation, t) -> out.append("| ").append(operation).append(" | ").append(t.cases)
				.append(" | ").append(t.ok).append(" | ").append(t.refused).append(" | ").append(t.serverErrors)
				.append(" | ").append(t.mustRefuse).append(" |\n"));
			if (!violations.isEmpty()) {
				out.append("\n## Rules broken\n\n");
				violations.stream().limit(100).forEach(v -> out.append("- **").append(v.rule()).append("**: ")
					.append(v.request()).append("\n  → ").append(v.answer()).append('\n'));
			}
			return out.toString();
		}
	}

	private final String base;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	/** The register as the run found it; after every put-back it is this again, but for the versions. */
	private final byte[] original;

	/** The export every case must leave as it is: the original, at the versions of the last put-back. */
	private byte[] expected;

	private Map<String, Map<String, JsonNode>> expectedEntities;

	/**
	 * The local accounts as the run found them (username to roles, forces and whether enabled): the account
	 * endpoints are in the API document too, and what they change is checked and put back like the register.
	 * Passwords are not visible, so a password a case changed is not seen here.
	 */
	private final Map<String, JsonNode> originalAccounts;

	private Map<String, JsonNode> expectedAccounts;

	private final HostileCases cases;

	private final String authorization;

	/**
	 * @param base the app's root, e.g. {@code http://localhost:8080}; its register is the one every case starts from
	 * @param authorization the {@code Authorization} header every request sends (an admin's, so that the cases
	 * reach the rules rather than stop at sign-in)
	 */
	HostileRun(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
		this.original = exportNow();
		this.expected = original;
		this.expectedEntities = entities(original);
		this.originalAccounts = accountsNow();
		this.expectedAccounts = originalAccounts;
		Answer docs = send("GET", "/v3/api-docs", null, null, null, null);
		if (docs.status() != 200) {
			throw new IllegalStateException("no OpenAPI document at " + base + "/v3/api-docs: " + docs.excerpt());
		}
		this.cases = new HostileCases(JSON.readTree(docs.body()), JSON.readTree(original), this::fetch);
	}

	List<ApiOperation> operations() {
		return cases.operations();
	}

	HostileCase generate(long seed, int number) {
		return cases.generate(seed, number);
	}

	Report run(long seed, int firstCase, int count) {
		long started = System.nanoTime();
		Map<Integer, Integer> statuses = new TreeMap<>();
		Map<String, Tally> operations = new TreeMap<>();
		cases.operations().forEach(o -> operations.put(o.toString(), new Tally()));
		List<Violation> violations = new ArrayList<>();
		int mustRefuse = 0;
		int writesAccepted = 0;
		int restores = 0;
		for (int n = firstCase; n < firstCase + count; n++) {
			HostileCase request = cases.generate(seed, n);
			Answer answer = send(request.operation().method(), request.uri(), request.contentType(), request.accept(),
					request.ifMatch(), request.body());
			statuses.merge(answer.status(), 1, Integer::sum);
			Tally tally = operations.get(request.operation().toString());
			tally.cases++;
			if (request.mustRefuse()) {
				tally.mustRefuse++;
				mustRefuse++;
			}
			if (answer.status() < 100) {
				violations.add(new Violation("no answer", request.describe(), answer.excerpt()));
			}
			else if (answer.status() >= 500) {
				tally.serverErrors++;
				violations.add(new Violation("5xx", request.describe(), answer.excerpt()));
			}
			else if (answer.status() >= 400) {
				tally.refused++;
				String problem = problemMissing(answer);
				if (problem != null) {
					violations.add(new Violation("refusal not problem+json naming field and reason: " + problem,
							request.describe(), answer.excerpt()));
				}
			}
			else {
				tally.ok++;
			}
			boolean accepted = answer.status() >= 200 && answer.status() < 300;
			if (accepted && answer.status() == 202) {
				String state = followToEnd(answer);
				if (request.mustRefuse() && !"failed".equals(state)) {
					violations.add(new Violation("accepted in the background though wrong, ended " + state,
							request.describe(), answer.excerpt()));
				}
			}
			else if (accepted && request.mustRefuse()) {
				violations.add(new Violation("accepted though wrong", request.describe(), answer.excerpt()));
			}
			boolean write = request.operation().writes();
			if (write || n % READ_CHECK_EVERY == 0) {
				byte[] now = exportNow();
				Map<String, JsonNode> accountsNow = accountsNow();
				boolean registerChanged = !Arrays.equals(now, expected);
				boolean accountsChanged = !accountsNow.equals(expectedAccounts);
				if (registerChanged || accountsChanged) {
					Set<String> changed = new TreeSet<>(changed(now));
					changed.addAll(changedAccounts(accountsNow));
					if (!write || !accepted) {
						violations.add(new Violation((write ? "refused" : "a read") + " yet the register changed: "
								+ changed, request.describe(), answer.excerpt()));
					}
					else {
						writesAccepted++;
						Set<String> unnamed = new TreeSet<>(changed);
						unnamed.removeIf(id -> request.named().contains(id.substring(id.indexOf('/') + 1)));
						if ("DELETE".equals(request.operation().method())) {
							// a delete takes the links to what it deleted away (a lesson's teller, a person's force)
							unnamed.removeIf(id -> mentions(expectedEntity(id), request.named()));
						}
						if (!unnamed.isEmpty() && !request.uri().contains("mode=replace")) {
							violations.add(new Violation("changed what the request did not name: " + unnamed,
									request.describe(), answer.excerpt()));
						}
					}
					if (registerChanged) {
						restore();
					}
					if (accountsChanged) {
						restoreAccounts(accountsNow);
					}
					restores++;
				}
			}
		}
		byte[] last = exportNow();
		Map<String, JsonNode> lastAccounts = accountsNow();
		if (!Arrays.equals(last, expected) || !lastAccounts.equals(expectedAccounts)) {
			Set<String> changed = new TreeSet<>(changed(last));
			changed.addAll(changedAccounts(lastAccounts));
			violations.add(new Violation("the register differs at the end", "after case " + (firstCase + count - 1),
					changed.toString()));
		}
		return new Report(seed, firstCase, count, (System.nanoTime() - started) / 1_000_000, statuses, operations,
				mustRefuse, writesAccepted, restores, violations);
	}

	/** Why a refusal is not problem+json with named fields and reasons, or null when it is. */
	private static String problemMissing(Answer answer) {
		if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
			return "content type " + answer.contentType();
		}
		JsonNode errors;
		try {
			errors = JSON.readTree(answer.body()).path("errors");
		}
		catch (RuntimeException e) {
			return "not JSON";
		}
		if (!errors.isArray() || errors.isEmpty()) {
			return "no errors listed";
		}
		for (JsonNode error : errors) {
			if (error.path("field").asString("").isBlank() || error.path("reason").asString("").isBlank()) {
				return "an error without field or reason: " + error;
			}
		}
		return null;
	}

	/** Polls what a 202 points at until it has ended; answers its final state. */
	private String followToEnd(Answer accepted) {
		JsonNode status = JSON.readTree(accepted.body());
		String id = status.path("id").asString("");
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			Answer now = send("GET", "/api/bulk-load/" + id, null, null, null, null);
			String state = now.status() == 200 ? JSON.readTree(now.body()).path("state").asString() : "unknown " + now.status();
			if (!"running".equals(state)) {
				return state;
			}
			sleep(100);
		}
		return "still running after 5 minutes";
	}

	/**
	 * Puts the register back as the run found it, by an import in replace mode of its export; every entity then
	 * has a new version, so the export expected from then on is the one read now, and what the generator read of
	 * the API is read again.
	 */
	private void restore() {
		Answer restored = send("POST", "/api/import?mode=replace", "application/json", null, null, original);
		byte[] now = exportNow();
		if (restored.status() != 200 || !withoutVersions(now).equals(withoutVersions(original))) {
			throw new IllegalStateException("could not put the register back as it was: " + restored.excerpt());
		}
		expected = now;
		expectedEntities = entities(now);
		cases.forget();
	}

	/**
	 * Puts the accounts back as the run found them: accounts a case made are removed, changed ones get their
	 * roles, forces and state back, removed ones are made again (with a generated password: the old one is not
	 * known). Ends with the accounts as they were, or fails the run.
	 */
	private void restoreAccounts(Map<String, JsonNode> now) {
		for (String username : now.keySet()) {
			if (!originalAccounts.containsKey(username)) {
				send("DELETE", "/api/accounts/" + HostileCases.segmentEncoded(username), null, null, null, null);
			}
		}
		for (var account : originalAccounts.entrySet()) {
			if (account.getValue().equals(now.get(account.getKey()))) {
				continue;
			}
			tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) account.getValue().deepCopy();
			if (now.containsKey(account.getKey())) {
				body.remove("username");
				send("PUT", "/api/accounts/" + HostileCases.segmentEncoded(account.getKey()), "application/json", null,
						null, JSON.writeValueAsBytes(body));
			}
			else {
				send("POST", "/api/accounts", "application/json", null, null, JSON.writeValueAsBytes(body));
			}
		}
		Map<String, JsonNode> restored = accountsNow();
		if (!restored.equals(originalAccounts)) {
			throw new IllegalStateException("could not put the accounts back as they were: " + changedAccounts(restored));
		}
		expectedAccounts = restored;
		cases.forget();
	}

	/** The local accounts by username, as {@code GET /api/accounts} lists them but for when they were made. */
	private Map<String, JsonNode> accountsNow() {
		Answer list = send("GET", "/api/accounts?limit=" + org.concordat.web.Paging.MAX_LIMIT, null, null, null, null);
		if (list.status() != 200) {
			throw new IllegalStateException("could not list the accounts: " + list.excerpt());
		}
		Map<String, JsonNode> accounts = new TreeMap<>();
		for (JsonNode account : JSON.readTree(list.body())) {
			tools.jackson.databind.node.ObjectNode kept = ((tools.jackson.databind.node.ObjectNode) account).deepCopy();
			kept.remove("created");
			accounts.put(kept.path("username").asString(), kept);
		}
		return accounts;
	}

	/** accounts/username of every account that differs from the one expected. */
	private Set<String> changedAccounts(Map<String, JsonNode> now) {
		Set<String> usernames = new TreeSet<>(expectedAccounts.keySet());
		usernames.addAll(now.keySet());
		Set<String> changed = new TreeSet<>();
		usernames.stream().filter(u -> !java.util.Objects.equals(expectedAccounts.get(u), now.get(u)))
			.forEach(u -> changed.add("accounts/" + u));
		return changed;
	}

	private static JsonNode withoutVersions(byte[] export) {
		JsonNode document = JSON.readTree(export);
		strip(document);
		return document;
	}

	private static void strip(JsonNode node) {
		if (node instanceof tools.jackson.databind.node.ObjectNode object) {
			object.remove("version");
		}
		node.forEach(HostileRun::strip);
	}

	private JsonNode expectedEntity(String kindAndId) {
		int slash = kindAndId.indexOf('/');
		String kind = kindAndId.substring(0, slash);
		String id = kindAndId.substring(slash + 1);
		return "accounts".equals(kind) ? expectedAccounts.get(id) : expectedEntities.get(kind).get(id);
	}

	/** Whether the entity holds one of these texts as a value (a reference to it). */
	private static boolean mentions(JsonNode entity, Set<String> texts) {
		if (entity == null) {
			return false;
		}
		if (entity.isString()) {
			return texts.contains(entity.asString());
		}
		for (JsonNode child : entity) {
			if (mentions(child, texts)) {
				return true;
			}
		}
		return false;
	}

	/** Kind/id of every entity whose export differs from the one expected. */
	private Set<String> changed(byte[] now) {
		Map<String, Map<String, JsonNode>> after = entities(now);
		Set<String> changed = new TreeSet<>();
		for (String section : SECTIONS) {
			Map<String, JsonNode> was = expectedEntities.get(section);
			Map<String, JsonNode> is = after.get(section);
			Set<String> ids = new TreeSet<>(was.keySet());
			ids.addAll(is.keySet());
			ids.stream().filter(id -> !java.util.Objects.equals(was.get(id), is.get(id)))
				.forEach(id -> changed.add(section + "/" + id));
		}
		return changed;
	}

	private static Map<String, Map<String, JsonNode>> entities(byte[] export) {
		JsonNode document = JSON.readTree(export);
		Map<String, Map<String, JsonNode>> entities = new TreeMap<>();
		for (String section : SECTIONS) {
			Map<String, JsonNode> byId = new TreeMap<>();
			document.path(section).forEach(entity -> byId.put(entity.path("id").asString(), entity));
			entities.put(section, byId);
		}
		return entities;
	}

	private byte[] exportNow() {
		Answer export = send("GET", "/api/export", null, null, null, null);
		if (export.status() != 200) {
			throw new IllegalStateException("export failed: " + export.excerpt());
		}
		return export.body();
	}

	private HostileCases.Fetched fetch(String path) {
		Answer answer = send("GET", path, null, null, null, null);
		if (answer.status() != 200 || answer.contentType() == null || !answer.contentType().contains("json")) {
			return new HostileCases.Fetched(null, null);
		}
		try {
			return new HostileCases.Fetched(JSON.readTree(answer.body()), answer.etag());
		}
		catch (RuntimeException e) {
			return new HostileCases.Fetched(null, answer.etag());
		}
	}

	private Answer send(String method, String uri, String contentType, String accept, String ifMatch, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofMinutes(3))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		request.header("Authorization", authorization);
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("ETag").orElse(null), response.body());
		}
		catch (IOException e) {
			// no answer at all (the connection closed before a response): reported as status 0
			return new Answer(0, null, null, String.valueOf(e).getBytes(StandardCharsets.UTF_8));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
