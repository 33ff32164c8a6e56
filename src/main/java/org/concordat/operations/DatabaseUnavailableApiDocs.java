package org.concordat.operations;

import java.util.List;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Says in the OpenAPI document that every operation which reads or writes the database may answer 503 when the
 * database cannot be reached or does not finish in time (web/ProblemResponses), which springdoc cannot read from
 * the exception handlers. Runs after the operations are built, so a 503 another part already documents (a write
 * whose retries ran out) gets this reason added rather than replaced. The analytics and the graph answer from the
 * in-memory snapshot, and a bulk load runs in the background: those paths are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableApiDocs {

	private static final String REASON = "The database could not be reached, or did not finish in time (title "
			+ "\"Database unavailable\" or \"Database timed out\"); nothing was written. Send it again after "
			+ "Retry-After seconds";

	/** Paths answered without the database on the request path. */
	private static final List<String> WITHOUT_DATABASE = List.of("/api/analytics/", "/api/graph", "/api/bulk-load");

	@Bean
	OpenApiCustomizer databaseUnavailable() {
		return openApi -> openApi.getPaths().forEach((path, item) -> {
			if (!path.startsWith("/api/") || WITHOUT_DATABASE.stream().anyMatch(path::startsWith)) {
				return;
			}
			item.readOperations().forEach(operation -> {
				ApiResponse existing = operation.getResponses().get("503");
				if (existing != null) {
					existing.description(existing.getDescription() + ". Or: " + REASON);
				}
				else {
					operation.getResponses().addApiResponse("503", new ApiResponse().description(REASON)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new ObjectSchema()
									.description("RFC 9457 problem details with errors: [{field, reason}]")))));
				}
			});
		});
	}
}
