package org.concordat.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the audit, as {@code GET /api/audit} answers it.
 *
 * @param seq the entry's number in the audit (entries are listed newest first)
 * @param change the write's number in the register's change log, which is the version it gave everything it
 *        wrote (absent for an account change, which is not the register's)
 * @param at when, as an ISO-8601 instant
 * @param by who: the principal's name (a local account's username, the identity provider's name claim), the
 *        operating-system user for the {@code load} command, {@code system} for what the server does by itself
 * @param via how they signed in: {@code password}, {@code token}, {@code oidc}, {@code jwt}; {@code command}
 *        or {@code start-up} outside a request
 * @param endpoint the request as {@code METHOD /path} (no query), or what ran it outside a request
 * @param action {@code create}, {@code update}, {@code delete}, {@code import}, {@code bulk-load}
 * @param forces the forces whose editors see this entry
 * @param changes each entity changed, field by field (empty for imports and bulk loads)
 * @param document for an import or bulk load, its digest and counts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(long seq, Long change, String at, String by, String via, String endpoint, String action,
		List<String> forces, List<EntityChange> changes, DocumentSummary document) {
}
