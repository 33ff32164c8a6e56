package org.concordat.audit;

import java.util.List;
import java.util.Set;

import org.concordat.security.Grants;
import org.concordat.security.Role;
import org.concordat.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The audit, read-only: there is no endpoint that changes or deletes an entry. An admin reads every entry; an
 * editor the entries that concerned one of its forces (the history of what it may edit); nobody else any
 * (the path is for editors and admins: see WebSecurityConfiguration). One entity's history is
 * {@code ?entity=KIND:ID}.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditQuery query;

	AuditController(AuditQuery query) {
		this.query = query;
	}

	@GetMapping
	Mono<ResponseEntity<List<AuditEntry>>> list(@RequestParam(required = false) String entity,
			@RequestParam(required = false) String by, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer offset) {
		AuditFilter filter = AuditFilter.of(entity, by, from, to);
		Paging paging = Paging.of(limit, offset);
		return Grants.current().flatMap(grants -> {
			Set<String> forces = visibleForces(grants);
			return Mono.zip(query.count(filter, forces), query.page(filter, forces, paging).collectList())
				.map(page -> Paging.page(page.getT1(), page.getT2()));
		});
	}

	/** Null: every entry (an admin); else the forces an editor edits for. */
	private static Set<String> visibleForces(Grants grants) {
		if (grants.has(Role.ADMIN)) {
			return null;
		}
		if (grants.has(Role.EDITOR)) {
			return grants.forces();
		}
		throw new AccessDeniedException("only an editor or an admin may read the audit");
	}
}
