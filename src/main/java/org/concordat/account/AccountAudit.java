package org.concordat.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.concordat.audit.AuditLog;
import org.concordat.audit.AuditedWrite;
import org.concordat.audit.EntityChange;
import org.concordat.audit.FieldChange;
import org.concordat.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Account changes in the audit, as {@code account:USERNAME}: who was given which roles and forces, enabled or
 * disabled, created or removed, and who issued or revoked which token, each in the transaction that makes the
 * change ({@link #transactional}). A password is recorded as changed, never with a value (nor its hash); a
 * token by its id, name and expiry, never the token. Account changes are admins' business: no editor sees them.
 */
@Component
class AccountAudit {

	private final AuditLog log;

	private final JsonMapper json;

	private final TransactionalOperator transaction;

	AccountAudit(AuditLog log, JsonMapper json, TransactionalOperator transaction) {
		this.log = log;
		this.json = json;
		this.transaction = transaction;
	}

	/** Runs an account change and its audit entry as one transaction: both commit, or neither. */
	<T> Mono<T> transactional(Mono<T> change) {
		return transaction.transactional(change);
	}

	/**
	 * Records a change of the account from {@code before} to {@code after} (either null: created or removed);
	 * {@code password} whether its password was set.
	 */
	Mono<Void> account(String action, String username, Account before, Account after, boolean password) {
		List<FieldChange> fields = new ArrayList<>();
		field(fields, "roles", before == null ? null : before.roles(), after == null ? null : after.roles());
		field(fields, "forces", before == null ? null : before.forces(), after == null ? null : after.forces());
		field(fields, "enabled", before == null ? null : before.enabled(), after == null ? null : after.enabled());
		if (password) {
			fields.add(FieldChange.withheld("password"));
		}
		String done = before == null ? "created" : after == null ? "deleted" : "updated";
		return record(action, new EntityChange("account:" + username, done, fields));
	}

	/** Records a token issued ({@code before} null) or revoked ({@code after} null): its name and expiry. */
	Mono<Void> token(String username, String id, Map<String, String> before, Map<String, String> after) {
		List<FieldChange> fields = new ArrayList<>();
		field(fields, "tokens[" + id + "]", before, after);
		return record("update", new EntityChange("account:" + username, "updated", fields));
	}

	private Mono<Void> record(String action, EntityChange change) {
		return Actor.current().flatMap(actor -> log.record(actor, null, AuditedWrite.of(action, List.of(change), Set.of())))
			.then();
	}

	private void field(List<FieldChange> fields, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(FieldChange.of(name, before == null ? null : json.valueToTree(before),
					after == null ? null : json.valueToTree(after)));
		}
	}
}
