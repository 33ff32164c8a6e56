package org.concordat.register;

import java.util.List;

import org.concordat.security.Grants;
import org.concordat.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole register in and out, as one document (docs/register-format.md). An import is all-or-nothing, so
 * its document is held whole: it may be as large as {@code concordat.import.max-body-size} (default 128 MB, twice
 * the national register's export), while every other JSON body keeps the codecs' small default.
 */
@RestController
// produces: a client that will not take JSON is refused (406) before a write is made, not after
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class RegisterController {

	private final RegisterExport export;

	private final RegisterImport imports;

	private final JacksonJsonDecoder documents;

	RegisterController(RegisterExport export, RegisterImport imports, JsonMapper json,
			@Value("${concordat.import.max-body-size:128MB}") DataSize maxBodySize) {
		this.export = export;
		this.imports = imports;
		this.documents = new JacksonJsonDecoder(json);
		this.documents.setMaxInMemorySize((int) Math.min(Integer.MAX_VALUE, maxBodySize.toBytes()));
	}

	/** Below {@code contact-viewer}, people come without their names and contact details. */
	@GetMapping("/export")
	Mono<RegisterDocument> export() {
		return Mono.zip(export.document(), Grants.current())
			.map(both -> both.getT2().seesPersonalData() ? both.getT1() : both.getT1().withoutPersonalDetails());
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<ImportResult>> importRegister(
			@Parameter(schema = @Schema(allowableValues = { "merge", "replace" }, defaultValue = "merge"))
			@RequestParam(defaultValue = "merge") String mode,
			@Parameter(hidden = true) @RequestHeader(name = "Content-Length", required = false) Long length,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = RegisterDocument.class)))
			@RequestBody Flux<DataBuffer> body, ServerWebExchange exchange) {
		if (!"merge".equals(mode) && !"replace".equals(mode)) {
			throw new InvalidInputException("mode", "must be merge or replace, was '" + mode + "'");
		}
		if (length != null && length > documents.getMaxInMemorySize()) {
			throw tooLarge(length);
		}
		// the audit records one entry: the digest of the body as received ({@link ImportDigest}, read whole by now)
		return read(body).flatMap(doc -> {
			String sha256 = ImportDigest.of(exchange);
			return ("merge".equals(mode) ? imports.mergeReporting(doc, sha256)
					: imports.replace(doc, sha256).thenReturn(List.<SupersededFigure>of()))
				.map(superseded -> ResponseEntity.ok(ImportResult.of(mode, doc, superseded)));
		});
	}

	/** The body as a register document, decoded as the framework decodes any body but with the import's limit. */
	private Mono<RegisterDocument> read(Flux<DataBuffer> body) {
		return documents.decodeToMono(body, ResolvableType.forClass(RegisterDocument.class),
				MediaType.APPLICATION_JSON, null)
			.cast(RegisterDocument.class)
			.switchIfEmpty(Mono.error(() -> new InvalidInputException("body", "a register document is required")))
			.onErrorMap(DataBufferLimitException.class, e -> tooLarge(null))
			.onErrorMap(DecodingException.class, e -> new ServerWebInputException("unreadable register document",
					null, e));
	}

	private ContentTooLargeException tooLarge(Long length) {
		String reason = (length == null ? "the document is" : "the document's " + length + " bytes are")
				+ " more than the import's limit of " + documents.getMaxInMemorySize()
				+ " bytes (concordat.import.max-body-size); use the bulk load for larger documents";
		return new ContentTooLargeException(new IllegalArgumentException(reason));
	}

	/**
	 * What an import wrote, counted from the document; {@code supersededFigures} are the figures a merge left out
	 * because they came without an id and the register holds them corrected since (an edit in place keeps the id
	 * derived from what the figure said before, so the old wording is recognised, not written back over the
	 * correction nor beside it); a replacing import leaves none out.
	 */
	record ImportResult(String mode, int functions, int forces, int collaborations, int memberships, int people,
			int lessons, List<SupersededFigure> supersededFigures) {

		static ImportResult of(String mode, RegisterDocument doc, List<SupersededFigure> supersededFigures) {
			int memberships = doc.collaborations().stream().filter(java.util.Objects::nonNull)
				.mapToInt(c -> c.members().size()).sum();
			return new ImportResult(mode, doc.functions().size(), doc.forces().size(), doc.collaborations().size(),
					memberships, doc.people().size(), doc.lessons().size(), supersededFigures);
		}
	}
}
