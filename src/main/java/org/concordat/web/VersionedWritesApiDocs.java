package org.concordat.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * Says in the OpenAPI document what the exception handlers answer to a change of one entity, which springdoc
 * cannot read from them: every operation that takes {@code If-Match} may answer 412 (stale) and 503 (the
 * register stayed busy), and a PUT or DELETE also 428 (no version sent).
 */
@Configuration(proxyBeanMethods = false)
class VersionedWritesApiDocs {

	@Bean
	OperationCustomizer versionedWrites() {
		return (operation, handler) -> {
			if (!takesIfMatch(handler)) {
				return operation;
			}
			boolean required = handler.hasMethodAnnotation(PutMapping.class)
					|| handler.hasMethodAnnotation(DeleteMapping.class);
			operation.getParameters().stream().filter(p -> HttpHeaders.IF_MATCH.equals(p.getName())).forEach(p -> p
				.description((required ? "Required unless the body gives its version: " : "Optional: ")
						+ "the ETag of the entity as last read, e.g. \"12\" (or * for any version)"));
			problem(operation, "412", "The entity changed since the version sent; currentVersion names its version now");
			if (required) {
				problem(operation, "428", "Neither If-Match nor a version in the body was sent");
			}
			problem(operation, "503", "The register met conflicting writes on every try; nothing was written. "
					+ "Send it again after Retry-After seconds");
			return operation;
		};
	}

	private static boolean takesIfMatch(HandlerMethod handler) {
		for (var parameter : handler.getMethodParameters()) {
			RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
			if (header != null && HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())) {
				return true;
			}
		}
		return false;
	}

	static void problem(Operation operation, String status, String description) {
		operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(new ObjectSchema()
				.description("RFC 9457 problem details with errors: [{field, reason}]")))));
	}
}
