package org.concordat.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.concordat.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One contract between the API and the page: the OpenAPI document the app serves must be the one committed as
 * {@code frontend/openapi.json}, from which the page's API types are generated ({@code npm run api-types},
 * {@code frontend/src/api/schema.d.ts}). A change of the API therefore fails here until the document is committed
 * again, and then fails the page's type check wherever the page does not follow it.
 *
 * <p>To accept a change of the API: {@code mvn -o test -DskipE2E -Dtest=OpenApiContractTests -Dopenapi.write=true},
 * then {@code cd frontend && npm run api-types}, and commit both files.
 */
class OpenApiContractTests extends ApiTest {

	static final Path COMMITTED = Path.of("frontend/openapi.json");

	private static final JsonMapper SORTED = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	@Test
	void theServedDocumentIsTheOneCommittedForThePage() throws IOException {
		byte[] served = web.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody().returnResult().getResponseBody();
		String document = normalised(served);
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(COMMITTED, document, StandardCharsets.UTF_8);
		}
		String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
		assertThat(firstDifference(committed, document))
			.as("the served /v3/api-docs differs from %s; if the API change is meant, write it again "
					+ "(-Dopenapi.write=true), run `npm run api-types` in frontend/ and commit both", COMMITTED)
			.isEmpty();
	}

	@Test
	void theComparisonFindsAChangedOperation() throws IOException {
		String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
		String changed = committed.replace("\"/api/forces/{id}\"", "\"/api/police-forces/{id}\"");
		assertThat(changed).isNotEqualTo(committed);
		assertThat(firstDifference(committed, changed)).contains("/api/police-forces/{id}");
	}

	/**
	 * The document with its keys sorted and pretty-printed, so that its diff reads line by line, and without
	 * {@code servers}, which names the host and port the request came to.
	 */
	@SuppressWarnings("unchecked")
	static String normalised(byte[] document) {
		Map<String, Object> tree = SORTED.readValue(document, Map.class);
		tree.remove("servers");
		return SORTED.writeValueAsString(tree) + "\n";
	}

	/** The first line that differs, with its number, or "" when the two are the same. */
	static String firstDifference(String expected, String actual) {
		List<String> a = expected.lines().toList();
		List<String> b = actual.lines().toList();
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			String left = i < a.size() ? a.get(i) : "(end)";
			String right = i < b.size() ? b.get(i) : "(end)";
			if (!left.equals(right)) {
				return "line " + (i + 1) + ": committed " + left.strip() + " | served " + right.strip();
			}
		}
		return "";
	}
}
