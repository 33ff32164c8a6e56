package org.concordat.collaboration;

import org.concordat.entity.Precondition;
import reactor.core.publisher.Mono;

/**
 * Deleting one figure of a collaboration. A figure is its collaboration's (it gives the collaboration a new
 * version), but the collaboration's own writes only ever add or replace figures (a {@code PUT} keeps the stored
 * figures it is not sent, an import merges), so taking one away is a write of its own: made by the register
 * ({@code org.concordat.register.RegisterEdits}) in one transaction with the collaboration's version, rights, audit
 * and change log. The collaboration depends on this interface, the register on the collaboration: no cycle.
 */
public interface FigureDeletes {

	/**
	 * Deletes figure {@code figureId} of collaboration {@code id}: 404 when either is not there, 412 when the
	 * collaboration's version is not one {@code expected} admits, 403 when the principal may not.
	 */
	Mono<Void> delete(String id, String figureId, Precondition expected);
}
