package org.concordat.register;

import org.concordat.security.Grants;
import org.concordat.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The whole register in and out, as one document (docs/register-format.md). */
@RestController
@RequestMapping("/api")
class RegisterController {

	private final RegisterExport export;

	private final RegisterImport imports;

	RegisterController(RegisterExport export, RegisterImport imports) {
		this.export = export;
		this.imports = imports;
	}

	/** Below {@code contact-viewer}, people come without their names and contact details. */
	@GetMapping("/export")
	Mono<RegisterDocument> export() {
		return Mono.zip(export.document(), Grants.current())
			.map(both -> both.getT2().seesPersonalData() ? both.getT1() : both.getT1().withoutPersonalDetails());
	}

	/** The audit records one entry: the digest of the body as received ({@link ImportDigest}) and the counts. */
	@PostMapping("/import")
	Mono<ResponseEntity<ImportResult>> importRegister(@RequestParam(defaultValue = "merge") String mode,
			@RequestBody RegisterDocument doc, ServerWebExchange exchange) {
		String sha256 = ImportDigest.of(exchange);
		Mono<Void> write = switch (mode) {
			case "merge" -> imports.merge(doc, sha256);
			case "replace" -> imports.replace(doc, sha256);
			default -> Mono.error(new InvalidInputException("mode", "must be merge or replace, was '" + mode + "'"));
		};
		return write.thenReturn(ResponseEntity.ok(ImportResult.of(mode, doc)));
	}

	/** What an import wrote, counted from the document. */
	record ImportResult(String mode, int functions, int forces, int collaborations, int memberships, int people,
			int lessons) {

		static ImportResult of(String mode, RegisterDocument doc) {
			int memberships = doc.collaborations().stream().mapToInt(c -> c.members().size()).sum();
			return new ImportResult(mode, doc.functions().size(), doc.forces().size(), doc.collaborations().size(),
					memberships, doc.people().size(), doc.lessons().size());
		}
	}
}
