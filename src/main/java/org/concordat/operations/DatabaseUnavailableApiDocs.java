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
 * database cannot be reached or does not finish in time (web/DatabaseTrouble), which springdoc cannot read from
 * the exception handlers. Runs after the operations are built, so a 503 another part already documents (a write
 * whose retries ran out) gets this reason added rather than replaced.
 * <p>
 * The analytics and the graph answer from the in-memory snapshot, and a bulk load runs in the background: they
 * need the database only to sign in, when the client's local password or token was not verified moments ago
 * ({@code concordat.security.credential-cache}), and say that. {@code GET /api/sign-in} needs it never.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableApiDocs {

	private static final String REASON = "The database could not be reached, or did not finish in time (title "
			+ "\"Database unavailable\" or \"Database timed out\"); nothing was written. Send it again after "
			+ "Retry-After seconds";

	private static final String SIGN_IN_REASON = "The database could not be reached to check a local account's "
			+ "password or token (title \"Database unavailable\"; a credential verified within "
			+ "concordat.security.credential-cache, or an identity provider's JWT, needs no database). Send it again "
			+ "after Retry-After seconds";

	/** Paths answered without the database on the request path, once the client is signed in. */
	private static final List<String> WITHOUT_DATABASE = List.of("/api/analytics/", "/api/graph", "/api/bulk-load");

	/** Public, and answered from the configuration. */
	private static final String SIGN_IN_OPTIONS = "/api/sign-in";

	@Bean
	OpenApiCustomizer databaseUnavailable() {
		return openApi -> openApi.getPaths().forEach((path, item) -> {
			if (!path.startsWith("/api/") || path.equals(SIGN_IN_OPTIONS)) {
				return;
			}
			String reason = WITHOUT_DATABASE.stream().anyMatch(path::startsWith) ? SIGN_IN_REASON : REASON;
			item.readOperations().forEach(operation -> {
				ApiResponse existing = operation.getResponses().get("503");
				if (existing != null) {
					existing.description(existing.getDescription() + ". Or: " + reason);
				}
				else {
					operation.getResponses().addApiResponse("503", new ApiResponse().description(reason)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new ObjectSchema()
									.description("RFC 9457 problem details with errors: [{field, reason}]")))));
				}
			});
		});
	}
}
