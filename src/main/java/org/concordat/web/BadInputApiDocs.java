package org.concordat.web;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Says in the OpenAPI document how the exception handlers refuse bad input, which springdoc cannot read from
 * them: an operation with parameters or a body may answer 400, one with a body also 413 and 415, and a write
 * 406 to a client that will not take JSON (refused before anything is written).
 */
@Configuration(proxyBeanMethods = false)
class BadInputApiDocs {

	@Bean
	OperationCustomizer badInputRefusals() {
		return (operation, handler) -> {
			boolean body = false;
			for (var parameter : handler.getMethodParameters()) {
				body |= parameter.hasParameterAnnotation(RequestBody.class);
			}
			boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
			if (body || parameters) {
				VersionedWritesApiDocs.problem(operation, "400",
						"Invalid input: the errors name every offending field and why; nothing was written");
			}
			if (body) {
				VersionedWritesApiDocs.problem(operation, "413", "The body is larger than this endpoint takes");
				VersionedWritesApiDocs.problem(operation, "415", "The body is not application/json");
			}
			if (!handler.hasMethodAnnotation(GetMapping.class)) {
				VersionedWritesApiDocs.problem(operation, "406",
						"The request's Accept header refuses application/json; nothing was written");
			}
			return operation;
		};
	}
}
