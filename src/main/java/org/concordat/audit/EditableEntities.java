package org.concordat.audit;

import org.concordat.security.Grants;
import reactor.core.publisher.Mono;

/**
 * Whether a principal may edit an entity now, by its {@code kind} and {@code id} as the audit names it: an
 * editor who may reads the entity's whole history, entries made before its forces were concerned included.
 * The register answers it (its edit rights); the audit asks only, so that it does not depend on the register.
 */
public interface EditableEntities {

	/** True when {@code grants} may edit the {@code kind} {@code id} as the register holds it now; false if not, or if there is none. */
	Mono<Boolean> mayEdit(Grants grants, String kind, String id);
}
