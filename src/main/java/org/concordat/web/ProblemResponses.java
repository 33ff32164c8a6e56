package org.concordat.web;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;

/**
 * Turns every refusal into RFC 9457 {@code application/problem+json} with an {@code errors} list of
 * {field, reason}, so a client can point at each offending field.
 */
@RestControllerAdvice
class ProblemResponses {

	/** What a 503 for a busy register asks the client to wait: the writer's retries span well under this. */
	static final long RETRY_AFTER_SECONDS = 1;

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.errors());
		e.properties().forEach(answer.getBody()::setProperty);
		return answer;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict with the register", e.errors());
	}

	/**
	 * The database away or too slow ({@link DatabaseTrouble}): 503 with Retry-After. Spring resolves these
	 * handlers by the driver's types among the causes of what Spring Data threw.
	 */
	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Neo4jException e) {
		return DatabaseTrouble.of(e).orElseThrow().answer();
	}

	/** Only the client errors that are about time rather than the request; the others go on as before. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> databaseClientError(ClientException e) {
		return DatabaseTrouble.of(e).orElseThrow(() -> e).answer();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "The version you read is required", e.errors());
	}

	/** 412 with the current version as a property too ({@code currentVersion}), and as the ETag when there is one. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.PRECONDITION_FAILED, "Changed since you read it",
				e.errors());
		if (e.currentVersion() == null) {
			return answer;
		}
		answer.getBody().setProperty("currentVersion", e.currentVersion());
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
			.eTag(Long.toString(e.currentVersion())).body(answer.getBody());
	}

	/** Transient errors on every try: nothing was written; the client may send the same request again shortly. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> retriesExhausted(RetriesExhaustedException e) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE, "The register is busy",
				List.of(new FieldError("register", "the write met a conflicting one on each of " + e.attempts()
						+ " tries and was not made; send it again")));
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS)).body(answer.getBody());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unsupported(UnsupportedMediaTypeStatusException e) {
		// most endpoints take JSON only; the spreadsheet import names the types it takes
		List<String> supported = e.getSupportedMediaTypes().stream()
			.filter(t -> !t.isWildcardType() && !t.isWildcardSubtype()).map(t -> t.getType() + "/" + t.getSubtype())
			.distinct().toList();
		String reason = supported.isEmpty() || supported.equals(List.of("application/json")) ? "send application/json"
				: "send one of " + String.join(", ", supported);
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				List.of(new FieldError("Content-Type", reason)));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", e.errors());
	}

	/** A body beyond the endpoint's size limit (a codec's in-memory limit or a bulk-load upload's limit). */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(ContentTooLargeException e) {
		String reason = e.getReason() != null ? e.getReason()
				: e.getCause() != null ? e.getCause().getMessage() : "the body is too large";
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", List.of(new FieldError("body", reason)));
	}

	/**
	 * What the framework refuses before or around a handler: no such route (404), method not allowed (405),
	 * a response type the client will not accept (406). Named by what the client got wrong.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> refusedByTheFramework(ResponseStatusException e) {
		HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
		if (status == null || status.is5xxServerError()) {
			throw e;
		}
		String field = switch (e) {
			case MethodNotAllowedException m -> "method";
			case NotAcceptableStatusException n -> "Accept";
			default -> status == HttpStatus.NOT_FOUND ? "path" : "request";
		};
		String reason = e.getReason() != null ? plain(e.getReason()) : status.getReasonPhrase();
		return problem(status, status.getReasonPhrase(), List.of(new FieldError(field, reason)));
	}

	/**
	 * Malformed JSON, wrong types and unreadable parameters arrive here from the framework. The answer names the
	 * field and the kind of value wanted, never a Java class or Jackson's own message ({@link JsonReasons}).
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
		JacksonException json = jacksonCause(e);
		if (json != null) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed request body",
					List.of(new FieldError(JsonReasons.field(json), JsonReasons.reason(json))));
		}
		String field = e.getMethodParameter() != null && e.getMethodParameter().getParameterName() != null
				? e.getMethodParameter().getParameterName() : "request";
		String reason = e.getCause() instanceof org.springframework.beans.TypeMismatchException mismatch
				&& mismatch.getRequiredType() != null ? "must be " + JsonReasons.kind(mismatch.getRequiredType())
						: e.getReason();
		return problem(HttpStatus.BAD_REQUEST, "Unreadable request", List.of(new FieldError(field, plain(reason))));
	}

	/** A last guard: a framework reason that names Java types is replaced by one that does not. */
	private static String plain(String reason) {
		if (reason == null || reason.contains("java.") || reason.contains("`") || reason.matches(".*\\b[a-z]+\\.[a-z]+\\.[A-Z].*")) {
			return "cannot be read";
		}
		return reason;
	}

	private static JacksonException jacksonCause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof JacksonException j) {
				return j;
			}
		}
		return null;
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<FieldError> errors) {
		ProblemDetail detail = ProblemDetail.forStatus(status);
		detail.setTitle(title);
		List<String> lines = new ArrayList<>();
		errors.forEach(error -> lines.add(error.field() + ": " + error.reason()));
		detail.setDetail(String.join("; ", lines));
		detail.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(detail);
	}
}
