package org.concordat.interchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.concordat.web.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ContentTooLargeException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A force's list of collaborations, as a spreadsheet (CSV or XLSX), merged into the register: a dry run first
 * (what each row would create or change, and each row's problems), then the commit, which writes nothing while
 * any row is refused ({@link SpreadsheetImport}). Editors and admins only (by path, WebSecurityConfiguration);
 * an editor's rows are judged by the same edit rights as its other writes. The body is the file itself, sent as
 * {@code text/csv} or as the XLSX media type, neither of which a page on another site can send without asking
 * first (CORS), so no cross-site form can import.
 */
@RestController
class SpreadsheetController {

	private final SpreadsheetImport imports;

	private final int maxBodySize;

	SpreadsheetController(SpreadsheetImport imports,
			@Value("${concordat.import.spreadsheet.max-body-size:4MB}") DataSize maxBodySize) {
		this.imports = imports;
		this.maxBodySize = (int) Math.min(Integer.MAX_VALUE - 1, maxBodySize.toBytes());
	}

	@PostMapping(path = "/api/import/spreadsheet", consumes = { Sheet.CSV, Sheet.XLSX },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Merge a spreadsheet of memberships into the register (dry run by default)",
			description = "One row per force's membership of a collaboration. Columns are found by their headers "
					+ "(Collaboration id, Collaboration name, Kind, Scope, Status, Started, Ended, Force, Role, Joined, "
					+ "Left, Cost share, Functions; see the template) or named with column.FIELD=Header. A dry run "
					+ "answers what each row would do and its problems; a commit (dryRun=false) writes only when no row "
					+ "is refused, as one merge import with one audit entry.")
	@ApiResponse(responseCode = "200", description = "Each row's outcome; committed says whether it was written")
	@ApiResponse(responseCode = "400", description = "An unreadable file or mapping, or a commit with refused rows "
			+ "(each refused row's problems as rows[N].FIELD)", content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "A commit with rows outside the sender's edit rights",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "413", description = "A file above concordat.import.spreadsheet.max-body-size",
			content = @Content(mediaType = "application/problem+json"))
	Mono<SpreadsheetImport.Answer> importSheet(
			@Parameter(description = "true (the default): answer what would happen and write nothing")
			@RequestParam(defaultValue = "true") boolean dryRun,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters,
			@Parameter(name = "column.collaboration", in = ParameterIn.QUERY, description = "the header of the column "
					+ "holding the collaboration's id") @RequestParam(name = "column.collaboration", required = false) String collaborationColumn,
			@Parameter(name = "column.name", in = ParameterIn.QUERY, description = "… the collaboration's name")
			@RequestParam(name = "column.name", required = false) String nameColumn,
			@Parameter(name = "column.force", in = ParameterIn.QUERY, description = "… the force's id or name")
			@RequestParam(name = "column.force", required = false) String forceColumn,
			@Parameter(name = "column.role", in = ParameterIn.QUERY, description = "… the role: host, lead or member")
			@RequestParam(name = "column.role", required = false) String roleColumn,
			@Parameter(name = "column.joined", in = ParameterIn.QUERY, description = "… when the force joined")
			@RequestParam(name = "column.joined", required = false) String joinedColumn,
			@Parameter(name = "column.left", in = ParameterIn.QUERY, description = "… when the force left")
			@RequestParam(name = "column.left", required = false) String leftColumn,
			@Parameter(name = "column.costShare", in = ParameterIn.QUERY, description = "… the force's cost share "
					+ "(0.25 or 25%)") @RequestParam(name = "column.costShare", required = false) String costShareColumn,
			@Parameter(name = "column.functions", in = ParameterIn.QUERY, description = "… the functions (ids or "
					+ "names, separated by ; or ,)") @RequestParam(name = "column.functions", required = false) String functionsColumn,
			@Parameter(name = "column.kind", in = ParameterIn.QUERY, description = "… a new collaboration's kind")
			@RequestParam(name = "column.kind", required = false) String kindColumn,
			@Parameter(name = "column.scope", in = ParameterIn.QUERY, description = "… its scope")
			@RequestParam(name = "column.scope", required = false) String scopeColumn,
			@Parameter(name = "column.status", in = ParameterIn.QUERY, description = "… its status")
			@RequestParam(name = "column.status", required = false) String statusColumn,
			@Parameter(name = "column.started", in = ParameterIn.QUERY, description = "… when it started")
			@RequestParam(name = "column.started", required = false) String startedColumn,
			@Parameter(name = "column.ended", in = ParameterIn.QUERY, description = "… when it ended")
			@RequestParam(name = "column.ended", required = false) String endedColumn,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE) MediaType contentType,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long length,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
					@Content(mediaType = Sheet.CSV, schema = @Schema(type = "string", description = "CSV, UTF-8, "
							+ "a header row first")),
					@Content(mediaType = Sheet.XLSX, schema = @Schema(type = "string", format = "binary",
							description = "an XLSX workbook; its first sheet is read")) })
			@RequestBody Flux<DataBuffer> body) {
		Map<String, String> named = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("column.")) {
				named.put(name, value);
			}
		});
		if (length != null && length > maxBodySize) {
			throw tooLarge(length + " bytes are");
		}
		String type = contentType.getType() + "/" + contentType.getSubtype();
		return DataBufferUtils.join(body, maxBodySize)
			.onErrorMap(DataBufferLimitException.class, e -> tooLarge("more than " + maxBodySize + " bytes are"))
			.map(buffer -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.switchIfEmpty(Mono.error(() -> new InvalidInputException("body", "a spreadsheet is required")))
			// parsing a workbook is CPU and heap work of its own: off the event loop
			.publishOn(Schedulers.boundedElastic())
			.flatMap(bytes -> {
				Sheet sheet = Sheet.read(type, bytes);
				Columns columns = Columns.of(sheet.headers(), named);
				return imports.run(sheet, columns, dryRun, sha256(bytes));
			});
	}

	@GetMapping("/api/import/spreadsheet/template")
	@Operation(summary = "An empty spreadsheet with the columns the import reads (CSV or XLSX)")
	@ApiResponse(responseCode = "200", description = "The template", content = {
			@Content(mediaType = Sheet.CSV, schema = @Schema(type = "string")),
			@Content(mediaType = Sheet.XLSX, schema = @Schema(type = "string", format = "binary")) })
	Mono<ResponseEntity<byte[]>> template(@Parameter(schema = @Schema(allowableValues = { "csv", "xlsx" },
			defaultValue = "csv")) @RequestParam(defaultValue = "csv") String format) {
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw new InvalidInputException("format", "must be csv or xlsx");
		}
		boolean xlsx = "xlsx".equals(format);
		return Mono.fromCallable(() -> xlsx ? SheetTemplate.xlsx() : SheetTemplate.csv())
			.subscribeOn(Schedulers.boundedElastic())
			.map(bytes -> ResponseEntity.ok()
				.contentType(xlsx ? MediaType.parseMediaType(Sheet.XLSX) : new MediaType("text", "csv",
						java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("concordat-collaborations-template." + format).build().toString())
				.body(bytes));
	}

	private ContentTooLargeException tooLarge(String what) {
		return new ContentTooLargeException(new IllegalArgumentException("the spreadsheet's " + what
				+ " above the limit of " + maxBodySize + " bytes (concordat.import.spreadsheet.max-body-size)"));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
