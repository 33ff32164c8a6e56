package org.concordat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What the audit's tests share: reading the audit through its endpoint, and counting its entries directly. */
abstract class AuditApiTest extends ApiTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> ENTRIES = new ParameterizedTypeReference<>() {
	};

	/** The entries {@code client} is shown for {@code /api/audit?query}, newest first. */
	protected List<Map<String, Object>> entries(WebTestClient client, String query) {
		return client.get().uri("/api/audit" + query).exchange().expectStatus().isOk()
			.expectBody(ENTRIES).returnResult().getResponseBody();
	}

	protected List<Map<String, Object>> entries(String query) {
		return entries(web, query);
	}

	/** The newest entry, as the admin reads it. */
	protected Map<String, Object> newest() {
		List<Map<String, Object>> newest = entries("?limit=1");
		assertThat(newest).hasSize(1);
		return newest.getFirst();
	}

	/** Every entry, counted in the database (not through the endpoint under test). */
	protected long auditEntries() {
		return count("MATCH (e:AuditEntry) RETURN count(e)");
	}

	/** The one entity change of an entry of an edit. */
	@SuppressWarnings("unchecked")
	protected static Map<String, Object> onlyChange(Map<String, Object> entry) {
		List<Map<String, Object>> changes = (List<Map<String, Object>>) entry.get("changes");
		assertThat(changes).hasSize(1);
		return changes.getFirst();
	}

	/** A change's fields by path: each {@code {field, before, after}} or {@code {field, changed}}. */
	@SuppressWarnings("unchecked")
	protected static Map<String, Map<String, Object>> fields(Map<String, Object> change) {
		Map<String, Map<String, Object>> byPath = new java.util.LinkedHashMap<>();
		((List<Map<String, Object>>) change.get("fields")).forEach(f -> byPath.put((String) f.get("field"), f));
		return byPath;
	}

	protected static Map<String, Object> beforeAfter(Object before, Object after) {
		Map<String, Object> expected = new java.util.HashMap<>();
		expected.put("before", before);
		expected.put("after", after);
		return expected;
	}

	protected WebTestClient.ResponseSpec post(WebTestClient client, String uri, Object body) {
		return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	protected WebTestClient.ResponseSpec put(WebTestClient client, String uri, String ifMatch, Object body) {
		return client.put().uri(uri).header("If-Match", ifMatch).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange();
	}

	protected WebTestClient.ResponseSpec delete(WebTestClient client, String uri, String ifMatch) {
		return client.delete().uri(uri).header("If-Match", ifMatch).exchange();
	}

	/** The version a write answered in its ETag, as a number. */
	protected static long version(String etag) {
		return Long.parseLong(etag.replace("\"", ""));
	}
}
