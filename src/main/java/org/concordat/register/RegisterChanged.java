package org.concordat.register;

import org.concordat.entity.Entity;
/**
 * Published after a write to the register has committed: the document that was upserted, whether the
 * register was replaced whole, and for a delete the kind and id of what went. Listeners, such as the
 * analytics snapshot, use it to catch up without re-reading everything.
 */
public record RegisterChanged(RegisterDocument upserted, boolean replaced, Entity deletedKind, String deletedId) {

	public static RegisterChanged upsert(RegisterDocument upserted, boolean replaced) {
		return new RegisterChanged(upserted, replaced, null, null);
	}

	/** The register may have changed anywhere (a replacing import, a bulk load): read it whole. */
	public static RegisterChanged wholeRegister() {
		return upsert(RegisterDocument.empty(), true);
	}

	public static RegisterChanged deletion(Entity kind, String id) {
		return new RegisterChanged(RegisterDocument.empty(), false, kind, id);
	}
}
