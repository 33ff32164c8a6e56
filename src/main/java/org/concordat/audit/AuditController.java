package org.concordat.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
 * editor the entries that concerned one of its forces when they were made, and the whole history of an entity
 * it may edit now ({@code ?entity=KIND:ID}, {@link EditableEntities}); nobody else any (the path is for editors
 * and admins: see WebSecurityConfiguration).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditQuery query;

	private final EditableEntities editable;

	AuditController(AuditQuery query, EditableEntities editable) {
		this.query = query;
		this.editable = editable;
	}

	@Operation(summary = "Who changed what, when and through which endpoint, newest first",
			description = "Admins read every entry. An editor reads the entries that concerned one of its forces when "
					+ "they were made and, with entity=, the whole history of an entity it may edit now; other roles "
					+ "are refused (403). Each entry of an edit lists every changed field before and after; a person's "
					+ "name and contact details and an account's password are listed as changed, without values. An "
					+ "import or bulk load is one entry with the document's SHA-256 digest and its counts. Nothing "
					+ "changes or deletes entries.",
			responses = @ApiResponse(responseCode = "200", description = "The entries, newest first",
					headers = @Header(name = "X-Total-Count", description = "How many entries match, over all pages",
							schema = @Schema(type = "integer"))))
	@ApiResponse(responseCode = "400", description = "A question the audit cannot take; errors name the field",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Neither an editor nor an admin",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping
	Mono<ResponseEntity<List<AuditEntry>>> list(
			@Parameter(description = "One entity's history, as KIND:ID with KIND one of function, force, "
					+ "collaboration, person, lesson, account (e.g. collaboration:emsou); it includes the replacing "
					+ "imports and bulk loads, which may have changed any entity") @RequestParam(required = false) String entity,
			@Parameter(description = "Only the entries of this principal (a username, the identity provider's name "
					+ "claim, 'system' for what the server did itself)") @RequestParam(required = false) String by,
			@Parameter(description = "From this day (YYYY-MM-DD, UTC) or instant (2026-03-01T09:30:00Z), inclusive")
			@RequestParam(required = false) String from,
			@Parameter(description = "Up to this day (YYYY-MM-DD, UTC, the whole day) or instant, inclusive")
			@RequestParam(required = false) String to,
			@Parameter(description = "At most this many entries (1 to 10,000; default 1,000)")
			@RequestParam(required = false) Integer limit,
			@Parameter(description = "Skip this many entries first (default 0)") @RequestParam(required = false) Integer offset) {
		AuditFilter filter = AuditFilter.of(entity, by, from, to);
		Paging paging = Paging.of(limit, offset);
		return Grants.current().flatMap(grants -> visibleForces(grants, filter)
			.flatMap(forces -> Mono.zip(query.count(filter, forces.orElse(null)),
					query.page(filter, forces.orElse(null), paging).collectList()))
			.map(page -> Paging.page(page.getT1(), page.getT2())));
	}

	/** Empty: every entry (an admin, or an editor asking for an entity it may edit); else the editor's forces. */
	private Mono<Optional<Set<String>>> visibleForces(Grants grants, AuditFilter filter) {
		if (grants.has(Role.ADMIN)) {
			return Mono.just(Optional.empty());
		}
		if (!grants.has(Role.EDITOR)) {
			return Mono.error(new AccessDeniedException("only an editor or an admin may read the audit"));
		}
		Optional<Set<String>> own = Optional.of(grants.forces());
		if (filter.entity() == null) {
			return Mono.just(own);
		}
		return editable.mayEdit(grants, filter.kind(), filter.id())
			.map(may -> may ? Optional.<Set<String>>empty() : own);
	}
}
