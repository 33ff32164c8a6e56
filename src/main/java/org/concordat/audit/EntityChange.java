package org.concordat.audit;

import java.util.List;

/**
 * What one write did to one entity.
 *
 * @param entity {@code kind:id}, e.g. {@code force:kent}, {@code collaboration:emsou}, {@code account:kent-editor}
 * @param action {@code created}, {@code updated} or {@code deleted}
 * @param fields every field whose value differs, before and after (empty when the write changed nothing but
 *        the version)
 */
public record EntityChange(String entity, String action, List<FieldChange> fields) {

	public EntityChange {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}
}
