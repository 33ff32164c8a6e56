package org.concordat.audit;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an import or a bulk load wrote, recorded instead of each field of each entity: how it was made, the
 * SHA-256 digest of the document's bytes as received (compare it with {@code sha256sum FILE}), and counts.
 *
 * @param mode {@code merge} or {@code replace} for an import, {@code bulk} for a bulk load
 * @param sha256 hex digest of the document's bytes; absent when the document did not come as bytes (a write
 *        made inside the process, such as a test's)
 * @param name for a bulk load, the file it read (its name within the bulk-load directory), or
 *        {@code request body}
 * @param counts for an import the entities of the document by section (and memberships); for a bulk load the
 *        rows committed by kind
 * @param outcome {@code done} for an import (one committed transaction); for a bulk load {@code running} until
 *        it ends, then {@code done} or {@code failed}
 * @param resumeFrom for a failed bulk load, the batch to resume from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentSummary(String mode, String sha256, String name, Map<String, Integer> counts, String outcome,
		Integer resumeFrom) {

	public DocumentSummary {
		counts = counts == null ? Map.of() : new TreeMap<>(counts);
	}

	public DocumentSummary finished(Map<String, Integer> finalCounts, String finalOutcome, Integer resumeAt) {
		return new DocumentSummary(mode, sha256, name, finalCounts, finalOutcome, resumeAt);
	}
}
